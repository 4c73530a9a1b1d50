package io.flarewatch.localstack.drill;

import io.flarewatch.localstack.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Stops the launcher's embedded broker for a while and starts it again on its data, through the launcher's
 * broker control file ({@code run/broker-control}, see {@code BrokerControl}); back once the launcher says it is up.
 */
final class BrokerRestart implements Fault {

    private final Path request;
    private final Path state;
    private final Duration downFor;

    BrokerRestart(StackConfig config, Duration downFor) {
        this.request = config.runDir().resolve("broker-control");
        this.state = config.runDir().resolve("broker-state");
        this.downFor = downFor;
    }

    @Override
    public String name() {
        return "broker";
    }

    @Override
    public void inject() throws Exception {
        if (!Files.exists(state)) {
            throw new IllegalStateException("the running launcher has no broker control (" + state
                    + " is missing): restart bin/flarewatch up with this version");
        }
        Files.writeString(request, "restart " + downFor.toSeconds() + "\n");
        long deadline = System.currentTimeMillis() + 10_000;
        while (Files.exists(request) || stateIs("up")) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the launcher did not take the broker restart request");
            }
            Thread.sleep(100);
        }
    }

    @Override
    public boolean back() throws Exception {
        if (stateIs("failed")) {
            throw new IllegalStateException("the launcher could not restart the broker: " + Files.readString(state));
        }
        return stateIs("up");
    }

    private boolean stateIs(String word) throws Exception {
        return Files.exists(state) && Files.readString(state).startsWith(word + " ");
    }
}
