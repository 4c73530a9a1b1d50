package io.flarewatch.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Items are made to fit what ingest accepts, so a long guid or article does not get them refused. */
class SourceItemsTest {

    @Test
    void aLongIdBecomesItsStableDigest() {
        String longGuid = "https://example.com/" + "a".repeat(300);
        String id = SourceItems.sourceId(longGuid);
        assertTrue(id.startsWith("sha256:") && id.length() <= 200, id);
        assertEquals(id, SourceItems.sourceId(longGuid));
        assertEquals("https://example.com/1", SourceItems.sourceId("https://example.com/1"));
    }

    @Test
    void aLongTextIsCutWithoutSplittingACharacter() {
        String text = "a".repeat(SourceItems.MAX_TEXT - 1) + "😀" + "b".repeat(10);
        String cut = SourceItems.text(text);
        assertEquals(SourceItems.MAX_TEXT - 1, cut.length());
        assertEquals(text.substring(0, SourceItems.MAX_TEXT - 1), cut);
    }

    @Test
    void languageTagsBecomeTwoLetterCodes() {
        assertEquals("pl", SourceItems.language("pl-PL"));
        assertEquals("en", SourceItems.language("en_us"));
        assertEquals("pl", SourceItems.language("PL"));
        assertNull(SourceItems.language("polish"));
        assertNull(SourceItems.language(null));
    }
}
