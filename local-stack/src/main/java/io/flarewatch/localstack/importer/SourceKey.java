package io.flarewatch.localstack.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The key sent to ingest as {@code X-Api-Key}: {@code FLAREWATCH_SOURCE_KEY} when set, else the local stack's
 * {@code source-key} file in the data folder, else none (an ingest without keys needs none).
 */
final class SourceKey {

    static final String ENVIRONMENT = "FLAREWATCH_SOURCE_KEY";
    static final String FILE = "source-key";

    private SourceKey() {}

    static String find(Map<String, String> env, Path dataDir) throws IOException {
        String key = env.get(ENVIRONMENT);
        if (key != null && !key.isBlank()) {
            return key.trim();
        }
        Path file = dataDir.resolve(FILE);
        if (Files.isReadable(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            return stored.isEmpty() ? null : stored;
        }
        return null;
    }
}
