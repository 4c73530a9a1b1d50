package io.flarewatch.localstack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Finds ports nobody listens on, so tests never collide with a running stack. */
public final class FreePorts {

    private FreePorts() {}

    /** A port that was free a moment ago. */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
