package io.flarewatch.localstack;

import java.nio.file.Path;

/**
 * One process of a service on the local stack: the first replica keeps the service's own name, port and state
 * folder (so that a single-replica stack looks as it always did), the others are {@code <service>-<n>}.
 *
 * @param service  the service's module, whose built jar runs
 * @param name     the process's name in logs, pid files and {@code bin/flarewatch status}
 * @param replica  1 for the first replica
 * @param port     the HTTP port of this replica
 * @param stateDir the folder of this replica's Kafka Streams state (alert-service keeps a folder per replica,
 *                 because Kafka Streams locks its state folder)
 */
public record ServiceInstance(String service, String name, int replica, int port, Path stateDir) {

    /** Whether this is the first replica of its service. */
    public boolean first() {
        return replica == 1;
    }
}
