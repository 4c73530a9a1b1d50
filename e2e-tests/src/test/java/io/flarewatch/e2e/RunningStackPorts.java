package io.flarewatch.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** Checks that a stopped stack let go of its ports. */
final class RunningStackPorts {

    private RunningStackPorts() {}

    /** Whether every port is free within ten seconds (sockets in TIME_WAIT do not count as listening). */
    static boolean freeSoon(Map<String, Integer> ports) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            if (ports.values().stream().allMatch(RunningStackPorts::free)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /** Whether nothing listens on {@code port}. */
    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
