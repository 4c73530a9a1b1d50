package io.flarewatch.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Author;
import io.flarewatch.events.Mention;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A post counted once, however many times and through however many sources it arrives. */
class DuplicateFilterTest {

    private final DuplicateFilter filter = new DuplicateFilter(Duration.ofHours(1), 1000);

    @Test
    void theSamePostFromTheSameSourceIsADuplicate() {
        assertTrue(filter.claim(mention("twitter", "1", null)));
        assertFalse(filter.claim(mention("twitter", "1", null)));
    }

    @Test
    void aKeyClaimedByAnotherReplicaMakesTheMentionADuplicate() {
        Mention there = mention("monitoring-a", "a-7", "https://x.com/a/status/7");
        // What the other replica shared on mention-keys: the keys of the mention it accepted.
        DuplicateFilter.keysOf(there)
                .forEach(key -> filter.remember(key, Instant.now().minusSeconds(60)));
        Mention here = mention("twitter", "7", "https://x.com/a/status/7");
        assertFalse(filter.claim(here), "another replica accepted the same post a minute ago");
    }

    @Test
    void aKeyLearnedLateIsForgottenAWindowAfterItWasFirstSeen() {
        filter.remember(
                DuplicateFilter.keysOf(mention("twitter", "8", null)).get(0),
                Instant.now().minusSeconds(3601));
        assertTrue(filter.claim(mention("twitter", "8", null)), "seen more than the one-hour window ago");
    }

    @Test
    void theSameIdAtAnotherSourceIsAnotherPost() {
        assertTrue(filter.claim(mention("twitter", "1", null)));
        assertTrue(filter.claim(mention("facebook", "1", null)));
    }

    @Test
    void theSamePostReportedByTwoSourcesIsADuplicate() {
        assertTrue(filter.claim(mention("monitoring-a", "a-1", "https://www.wykop.pl/link/123/zabka-afera/")));
        assertFalse(filter.claim(mention("monitoring-b", "b-9", "http://wykop.pl/link/123/zabka-afera?utm_source=x")));
    }

    @Test
    void theSameUrlAndTextWrittenAnotherWayIsStillTheSamePost() {
        String url = "https://wykop.pl/link/123/zabka-afera";
        assertTrue(filter.claim(mention("monitoring-a", "a-2", url, "Żabka: afera z paczkami! #zabka")));
        assertFalse(filter.claim(mention("monitoring-b", "b-2", url, "  żabka afera z paczkami  zabka")));
    }

    @Test
    void rowsOfAnExportSharingOneSearchUrlAreDifferentPosts() {
        String searchUrl = "https://app.brand24.com/panel/results/?sid=42";
        assertTrue(filter.claim(mention("brand24", "1", searchUrl, "Kurierex zgubił moją paczkę")));
        assertTrue(filter.claim(mention("brand24", "2", searchUrl, "Kurierex dowiózł wszystko na czas")));
        assertTrue(filter.claim(mention("talkwalker", "9", searchUrl, "Czy Kurierex działa dziś w Łodzi?")));
        assertFalse(
                filter.claim(mention("brand24", "3", searchUrl, "Kurierex zgubił moją paczkę")),
                "the same words behind the same URL are the same post again");
    }

    @Test
    void textsWithoutWordsAreComparedAsWritten() {
        String url = "https://x.com/a/status/11";
        assertTrue(filter.claim(mention("a", "1", url, "👍")));
        assertTrue(filter.claim(mention("b", "2", url, "👎")));
        assertFalse(filter.claim(mention("c", "3", url, "👍")));
    }

    @Test
    void aReleasedMentionCanBeSentAgain() {
        Mention mention = mention("twitter", "1", "https://x.com/a/status/1");
        assertTrue(filter.claim(mention));
        filter.release(mention);
        assertTrue(filter.claim(mention));
    }

    @Test
    void aDuplicateByUrlDoesNotBlockItsOwnIdLater() {
        assertTrue(filter.claim(mention("a", "1", "https://news.pl/x")));
        assertFalse(filter.claim(mention("b", "2", "https://news.pl/x")));
        assertTrue(filter.claim(mention("b", "2", "https://news.pl/other")));
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.Example.com/post/1/, example.com/post/1",
        "https://example.com/post/1#comments, example.com/post/1",
        "https://example.com/p?id=5&utm_source=fb&utm_medium=social, example.com/p?id=5",
        "https://example.com/p?fbclid=abc, example.com/p"
    })
    void urlsAreComparedWithoutTrackingNoise(String url, String normalised) {
        assertEquals(normalised, DuplicateFilter.normaliseUrl(url));
    }

    private static Mention mention(String source, String id, String url) {
        return mention(source, id, url, "tekst");
    }

    private static Mention mention(String source, String id, String url, String text) {
        return new Mention(
                source + ":" + id,
                source,
                id,
                url,
                new Author("a", "a", 0),
                text,
                "pl",
                Instant.parse("2026-11-20T09:00:00Z"),
                Instant.parse("2026-11-20T09:00:01Z"));
    }
}
