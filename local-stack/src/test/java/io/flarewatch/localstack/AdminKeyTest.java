package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's admin key: made once per data folder, readable by its owner only. */
class AdminKeyTest {

    @Test
    void theFirstUpMakesAKeyAndTheNextOnesKeepIt(@TempDir Path home) throws Exception {
        Path data = home.resolve("data");
        String key = AdminKey.ensure(data);
        assertTrue(key.matches("fw_[A-Za-z0-9_-]{43}"), key.length() + " characters of URL-safe base64");
        assertEquals(key, AdminKey.ensure(data));
        assertEquals(key, AdminKey.read(data));
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(AdminKey.FILE))));
        assertNotEquals(key, AdminKey.ensure(home.resolve("other")), "each data folder has its own key");
    }
}
