package io.flarewatch.localstack.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The key ingest-service wants in {@code X-Api-Key}: env {@code FLAREWATCH_SOURCE_KEY}, else the stack's file. */
final class SourceKey {

    static final String FILE = "source-key";
    static final String ENVIRONMENT = "FLAREWATCH_SOURCE_KEY";

    private SourceKey() {}

    /** The key, or null when the stack has none (an ingest without keys). */
    static String read(Path dataDir, Map<String, String> env) throws IOException {
        String fromEnv = env.get(ENVIRONMENT);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        String key = Files.readString(file, StandardCharsets.UTF_8).trim();
        return key.isEmpty() ? null : key;
    }
}
