package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The local stack's source key, which posts mentions to ingest-service: generated on the first {@code up}, kept in
 * the data folder ({@code source-key}, readable by its owner only); ingest-service is started with its hash in
 * {@code FLAREWATCH_INGEST_SOURCE_KEY_HASHES}, so it accepts the key from its first request on (the demo posts at
 * once, before any topic could be read). Tools send it as {@code X-Api-Key}; {@code FLAREWATCH_SOURCE_KEY}
 * overrides the file for them.
 */
public final class SourceKeyFile {

    /** The file name in the data folder. */
    public static final String FILE = "source-key";
    /** The environment variable that overrides the file for the command-line tools. */
    public static final String ENVIRONMENT = "FLAREWATCH_SOURCE_KEY";
    /** The environment variable ingest-service reads the accepted hashes from (comma-separated). */
    public static final String INGEST_HASHES = "FLAREWATCH_INGEST_SOURCE_KEY_HASHES";

    private SourceKeyFile() {}

    /** The key of the data folder, generated and stored with mode 600 when there is none yet. */
    public static String ensure(Path dataDir) throws IOException {
        return KeyFile.ensure(dataDir, FILE);
    }

    /** The key a tool sends: {@code FLAREWATCH_SOURCE_KEY} when set, else the data folder's. */
    public static String forTools(Map<String, String> env, Path dataDir) throws IOException {
        String override = env.get(ENVIRONMENT);
        if (override != null && !override.isBlank()) {
            return override.trim();
        }
        if (!Files.exists(dataDir.resolve(FILE))) {
            throw new IOException("no source key: " + dataDir.resolve(FILE) + " is made by bin/flarewatch up;"
                    + " or set " + ENVIRONMENT + " to a key of the role source (crisis-api: POST /keys)");
        }
        return KeyFile.read(dataDir, FILE);
    }

    /** The hashes ingest-service accepts: this key's, after any the environment lists already. */
    public static String ingestHashes(String key, Map<String, String> env) {
        String listed = env.getOrDefault(INGEST_HASHES, "").trim();
        return listed.isEmpty() ? hash(key) : listed + "," + hash(key);
    }

    /** The hex SHA-256 of a key, as ingest-service and the {@code source-keys} topic name it. */
    public static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
