package io.flarewatch.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM flags each service runs with on the local stack. They favour steady throughput over start-up time: the
 * full tiered compiler (C2 for the long-running scoring and JSON hot paths, where C1 alone stops at unoptimised
 * code), the parallel collector (little overhead per CPU on two cores and heaps this small), a heap sized per
 * service, and an exit on OutOfMemoryError so that the supervisor restarts a broken service instead of leaving it
 * half alive. On the busy 2-core machine of the load figures the change was within the noise (README).
 */
final class JvmOptions {

    /** Heap per service: ingest holds batches in flight, sentiment-service its brand queries, crisis-api its pools. */
    private static final Map<String, String> HEAP = Map.of(
            "ingest-service", "512m",
            "sentiment-service", "512m",
            "crisis-api", "512m",
            "alert-service", "384m");

    private static final String DEFAULT_HEAP = "384m";

    private JvmOptions() {}

    /** The flags for {@code service}, then those of {@code FLAREWATCH_JAVA_OPTS} (space-separated), which win. */
    static List<String> forService(String service, String extra) {
        List<String> flags = new ArrayList<>(List.of(
                "-Xmx" + HEAP.getOrDefault(service, DEFAULT_HEAP),
                "-XX:+UseParallelGC",
                "-XX:+ExitOnOutOfMemoryError"));
        if (extra != null && !extra.isBlank()) {
            flags.addAll(List.of(extra.trim().split("\\s+")));
        }
        return flags;
    }
}
