package io.flarewatch.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which processes {@code bin/flarewatch up --replicas N} runs: N of each service, replica n on the service's port
 * plus {@link #PORT_STEP} × (n − 1) (crisis-api on 8080 and 8090 by default), each with a state folder of its own.
 */
public final class ReplicaPlan {

    /** How far apart the ports of two replicas of a service are. */
    public static final int PORT_STEP = 10;

    /** The most replicas the local stack runs: the data topics have {@link TopicSetup#PARTITIONS} partitions. */
    public static final int MAX_REPLICAS = TopicSetup.PARTITIONS;

    private ReplicaPlan() {}

    /** The processes in start order: every first replica, then every second one, and so on. */
    public static List<ServiceInstance> instances(StackConfig config, int replicas) {
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException(
                    "--replicas must be between 1 and " + MAX_REPLICAS + " (the partitions of the data topics)");
        }
        List<ServiceInstance> instances = new ArrayList<>();
        for (int replica = 1; replica <= replicas; replica++) {
            for (Map.Entry<String, Integer> service : basePorts(config).entrySet()) {
                instances.add(instance(config, service.getKey(), service.getValue(), replica));
            }
        }
        return instances;
    }

    /** The service's replica {@code replica} (1 for the first). */
    public static ServiceInstance instance(StackConfig config, String service, int replica) {
        Integer port = basePorts(config).get(service);
        if (port == null) {
            throw new IllegalArgumentException("no service " + service);
        }
        return instance(config, service, port, replica);
    }

    /**
     * Kafka Streams keeps a standby copy of each task's state on another replica when there are several, so that a
     * survivor takes over a dead replica's brands without replaying their whole changelog.
     */
    public static int standbyReplicas(int replicas) {
        return replicas > 1 ? 1 : 0;
    }

    /** Parses the value of {@code --replicas} in {@code args}; 1 without it. */
    public static int fromArguments(List<String> args) {
        int index = args.indexOf("--replicas");
        if (index < 0) {
            return 1;
        }
        if (index + 1 >= args.size()) {
            throw new IllegalArgumentException("--replicas needs a number, e.g. --replicas 2");
        }
        try {
            return Integer.parseInt(args.get(index + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--replicas needs a number, not '" + args.get(index + 1) + "'");
        }
    }

    private static ServiceInstance instance(StackConfig config, String service, int basePort, int replica) {
        String name = replica == 1 ? service : service + "-" + replica;
        Path state = replica == 1
                ? config.streamsStateDir()
                : config.streamsStateDir().resolveSibling("streams-state-" + replica);
        return new ServiceInstance(service, name, replica, basePort + PORT_STEP * (replica - 1), state);
    }

    private static Map<String, Integer> basePorts(StackConfig config) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("crisis-api", config.apiPort());
        ports.put("ingest-service", config.ingestPort());
        ports.put("sentiment-service", config.sentimentPort());
        ports.put("alert-service", config.alertPort());
        return ports;
    }
}
