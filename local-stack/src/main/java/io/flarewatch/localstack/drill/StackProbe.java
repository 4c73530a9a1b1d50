package io.flarewatch.localstack.drill;

import io.flarewatch.localstack.StackConfig;
import io.flarewatch.localstack.load.ConsumerLag;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Whether the whole stack is healthy and caught up: every service ready, every consumer group's lag small. */
final class StackProbe implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Integer> ports;
    private final ConsumerLag lag;

    StackProbe(StackConfig config) {
        this.ports = List.of(config.apiPort(), config.ingestPort(), config.sentimentPort(), config.alertPort());
        this.lag = new ConsumerLag(config.bootstrapServers());
    }

    /** Every service answers its readiness check with 200. */
    boolean allHealthy() {
        return ports.stream().allMatch(StackProbe::healthy);
    }

    /** The summed lag of the services' consumer groups, -1 while it cannot be read. */
    long lag() {
        return lag.total();
    }

    /** Every service ready and the consumer groups' summed lag at most {@code maxLag}. */
    boolean caughtUp(long maxLag) {
        long lag = lag();
        return lag >= 0 && lag <= maxLag && allHealthy();
    }

    /** The lag line the load tool prints. */
    String describeLag() {
        return lag.describe();
    }

    /** Whether the service on {@code port} answers {@code /q/health/ready} with 200. */
    static boolean healthy(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        lag.close();
    }
}
