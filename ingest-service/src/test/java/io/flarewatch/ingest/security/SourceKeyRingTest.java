package io.flarewatch.ingest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.ingest.security.SourceKeyRing.Verdict;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which presented keys the ring lets post, before and after the topic has been read. */
class SourceKeyRingTest {

    @Test
    void aConfiguredKeyPostsEvenBeforeTheTopicIsRead() {
        SourceKeyRing ring = new SourceKeyRing(List.of(SourceKeyRing.hashOf("fw_configured")));
        assertEquals(Verdict.VALID, ring.check("fw_configured"));
        assertEquals(Verdict.LOADING, ring.check("fw_other"), "another key may still come from the topic");
        ring.markLoaded();
        assertEquals(Verdict.UNKNOWN, ring.check("fw_other"));
    }

    @Test
    void theHashIsTheHexSha256OfTheKey() {
        assertEquals(
                "e152f176f2792931fe26b580c1ea38763e0ef62641d480628ba75d771590c319",
                SourceKeyRing.hashOf("test-source-key-0123456789abcdefghijklmn"),
                "printf %s test-source-key-0123456789abcdefghijklmn | sha256sum");
    }

    @Test
    void aKeyFromTheTopicPostsUntilItsTombstone() {
        SourceKeyRing ring = new SourceKeyRing(List.of());
        ring.markLoaded();
        assertTrue(ring.add(SourceKeyRing.hashOf("fw_published").toUpperCase(Locale.ROOT)), "any case");
        assertEquals(Verdict.VALID, ring.check("fw_published"));
        assertEquals(Verdict.UNKNOWN, ring.check("fw_published "), "the key exactly, not a near one");
        ring.remove(SourceKeyRing.hashOf("fw_published"));
        assertEquals(Verdict.UNKNOWN, ring.check("fw_published"));
    }

    @Test
    void aTombstoneDoesNotRevokeAConfiguredKey() {
        String hash = SourceKeyRing.hashOf("fw_configured");
        SourceKeyRing ring = new SourceKeyRing(List.of(" " + hash + " "));
        ring.markLoaded();
        ring.remove(hash);
        assertEquals(Verdict.VALID, ring.check("fw_configured"));
    }

    @Test
    void somethingThatIsNotAHashIsRefused() {
        IllegalArgumentException configured =
                assertThrows(IllegalArgumentException.class, () -> new SourceKeyRing(List.of("fw_a-key-not-a-hash")));
        assertTrue(configured.getMessage().contains("not a hex SHA-256"), configured.getMessage());
        SourceKeyRing ring = new SourceKeyRing(List.of("", " "));
        assertFalse(ring.add("xyz"));
        assertFalse(ring.add(null));
        assertEquals(0, ring.publishedCount());
    }
}
