package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's source key: one per data folder, owner-only, overridable for tools, given to ingest hashed. */
class SourceKeyFileTest {

    @Test
    void theFirstUpMakesAKeyBesideTheAdminKeyAndTheNextOnesKeepIt(@TempDir Path data) throws Exception {
        String key = SourceKeyFile.ensure(data);
        assertTrue(key.matches("fw_[A-Za-z0-9_-]{43}"), key);
        assertEquals(key, SourceKeyFile.ensure(data));
        assertNotEquals(AdminKey.ensure(data), key, "the source key is not the admin key");
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(SourceKeyFile.FILE))));
        assertEquals(key, SourceKeyFile.forTools(Map.of(), data));
    }

    @Test
    void theEnvironmentOverridesTheFileForTools(@TempDir Path data) throws Exception {
        SourceKeyFile.ensure(data);
        assertEquals("fw_from_env", SourceKeyFile.forTools(Map.of(SourceKeyFile.ENVIRONMENT, " fw_from_env "), data));
    }

    @Test
    void withoutAKeyAToolSaysWhereOneComesFrom(@TempDir Path data) {
        IOException missing = assertThrows(IOException.class, () -> SourceKeyFile.forTools(Map.of(), data));
        assertTrue(missing.getMessage().contains(SourceKeyFile.ENVIRONMENT), missing.getMessage());
    }

    @Test
    void ingestGetsTheHashOfTheKeyAfterTheHashesAlreadyConfigured() {
        // printf %s fw_local | sha256sum
        String hash = "f212d58ed8b96b69de829481e860470d8a2d80c3e04256e37a4689c204d725ae";
        assertEquals(hash, SourceKeyFile.ingestHashes("fw_local", Map.of()));
        assertEquals("abc," + hash, SourceKeyFile.ingestHashes("fw_local", Map.of(SourceKeyFile.INGEST_HASHES, "abc")));
    }
}
