package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local stack's admin API key for crisis-api: generated on the first {@code up}, kept in the data folder
 * ({@code admin-key}, readable by its owner only) and handed to crisis-api as its bootstrap admin key.
 */
public final class AdminKey {

    /** The file name in the data folder. */
    public static final String FILE = "admin-key";
    /** The environment variable crisis-api reads it from. */
    public static final String ENVIRONMENT = "FLAREWATCH_AUTH_BOOTSTRAP_ADMIN_KEY";

    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminKey() {}

    /** The key of the data folder, generated (256 random bits) and stored with mode 600 when there is none yet. */
    public static String ensure(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String key = "fw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            } catch (FileAlreadyExistsException e) {
                // Created at the same moment by another process: its key wins.
            } catch (UnsupportedOperationException e) {
                Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
            }
        }
        return read(dataDir);
    }

    /** The stored key of the data folder. */
    public static String read(Path dataDir) throws IOException {
        String key =
                Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).trim();
        if (key.isEmpty()) {
            throw new IOException(dataDir.resolve(FILE) + " is empty; delete it and run up again for a new admin key");
        }
        return key;
    }
}
