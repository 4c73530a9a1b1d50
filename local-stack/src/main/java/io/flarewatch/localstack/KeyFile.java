package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** A key of the local stack kept in a file of the data folder: generated once, readable by its owner only. */
final class KeyFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFile() {}

    /** The key in {@code dataDir/fileName}, generated (256 random bits) and stored with mode 600 when there is none. */
    static String ensure(Path dataDir, String fileName) throws IOException {
        Path file = dataDir.resolve(fileName);
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
        return read(dataDir, fileName);
    }

    /** The stored key in {@code dataDir/fileName}. */
    static String read(Path dataDir, String fileName) throws IOException {
        Path file = dataDir.resolve(fileName);
        String key = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (key.isEmpty()) {
            throw new IOException(file + " is empty; delete it and run up again for a new key");
        }
        return key;
    }
}
