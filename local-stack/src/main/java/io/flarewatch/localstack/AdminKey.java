package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The local stack's admin API key for crisis-api: generated on the first {@code up}, kept in the data folder
 * ({@code admin-key}, readable by its owner only) and handed to crisis-api as its bootstrap admin key.
 */
public final class AdminKey {

    /** The file name in the data folder. */
    public static final String FILE = "admin-key";
    /** The environment variable crisis-api reads it from. */
    public static final String ENVIRONMENT = "FLAREWATCH_AUTH_BOOTSTRAP_ADMIN_KEY";

    private AdminKey() {}

    /** The key of the data folder, generated (256 random bits) and stored with mode 600 when there is none yet. */
    public static String ensure(Path dataDir) throws IOException {
        return KeyFile.ensure(dataDir, FILE);
    }

    /** The stored key of the data folder. */
    public static String read(Path dataDir) throws IOException {
        return KeyFile.read(dataDir, FILE);
    }
}
