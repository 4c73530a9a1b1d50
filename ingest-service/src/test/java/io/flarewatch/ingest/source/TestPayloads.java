package io.flarewatch.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded payloads in {@code src/test/resources/sources}, with their {@code {{run}}} marks filled in. */
public final class TestPayloads {

    private TestPayloads() {}

    /** The payload {@code name} with {@code {{run}}} replaced by {@code run}, so each test's items are its own. */
    public static String read(String name, String run) {
        try (InputStream in = TestPayloads.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test payload " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{run}}", run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Jetstream payload {@code name} with {@code {{t+N}}} replaced by {@code baseTimeUs + N}. */
    public static String jetstream(String name, String run, long baseTimeUs) {
        String events = read(name, run);
        for (int n = 1; n <= 9; n++) {
            events = events.replace("{{t+" + n + "}}", String.valueOf(baseTimeUs + n));
        }
        return events;
    }
}
