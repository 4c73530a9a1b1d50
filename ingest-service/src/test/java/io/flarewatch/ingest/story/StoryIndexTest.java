package io.flarewatch.ingest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The story memory: every copy goes to the first mention, stories expire, and learned stories link copies. */
class StoryIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final String NEWS = "Kurierex zawiesza dostawy do paczkomatów w całej Polsce po awarii systemu"
            + " sortowania w Strykowie, klienci czekają na przesyłki nawet tydzień";

    private final StoryClusterer clusterer = new StoryClusterer(Duration.ofHours(48), 1_000);

    @Test
    void tenCopiesAllPointAtTheFirstMention() {
        clusterer.assign(StoryClustererTest.mention("first", NEWS), NOW);
        for (int i = 0; i < 10; i++) {
            Mention copy = clusterer.assign(StoryClustererTest.mention("copy" + i, "RT " + NEWS + " #" + i), NOW);
            assertEquals("twitter:first", copy.clusterId());
        }
        assertTrue(clusterer.startedBy("twitter:first").isPresent(), "the first mention started it");
        assertFalse(clusterer.startedBy("twitter:copy3").isPresent(), "a copy starts no story");
    }

    @Test
    void aStoryIsForgottenAfterTheHorizon() {
        clusterer.assign(StoryClustererTest.mention("first", NEWS), NOW);
        Mention late = clusterer.assign(StoryClustererTest.mention("late", NEWS), NOW.plus(Duration.ofHours(49)));
        assertNull(late.clusterId(), "two days later the same text starts a new story");
    }

    @Test
    void theSameMentionAgainIsStillTheStoryItStarted() {
        clusterer.assign(StoryClustererTest.mention("first", NEWS), NOW);
        assertNull(
                clusterer.assign(StoryClustererTest.mention("first", NEWS), NOW).clusterId());
    }

    @Test
    void aStoryLearnedFromAnotherReplicaLinksItsCopies() {
        StoryIndex.Story seen = story("facebook:elsewhere", NEWS);
        StoryIndex.Story learned = new StoryIndex.Story(
                seen.id(),
                MinHash.decode(MinHash.encode(seen.signature())),
                MinHash.decode(MinHash.encode(seen.shingles())),
                NOW);
        clusterer.learn(learned, NOW);
        Mention copy = clusterer.assign(StoryClustererTest.mention("here", NEWS + " via @kurierex_fan"), NOW);
        assertEquals("facebook:elsewhere", copy.clusterId());
    }

    @Test
    void theOldestStoriesGoFirstWhenTheIndexIsFull() {
        StoryIndex index = new StoryIndex(Duration.ofHours(48), 2, 0.5);
        index.storyOf(story("a", NEWS), NOW);
        index.storyOf(story("b", "one two three four five six seven eight"), NOW);
        index.storyOf(story("c", "nine ten eleven twelve thirteen fourteen fifteen"), NOW);
        assertEquals(2, index.size());
        assertEquals("d", index.storyOf(story("d", NEWS), NOW), "a was forgotten");
        assertEquals(
                "c",
                index.storyOf(story("e", "nine ten eleven twelve thirteen fourteen fifteen"), NOW),
                "c, newer, was kept");
    }

    private static StoryIndex.Story story(String id, String text) {
        var shingles = Shingles.of(text);
        return new StoryIndex.Story(
                id, MinHash.signature(shingles), MinHash.shingleHashes(shingles, StoryClusterer.SHINGLES_KEPT), NOW);
    }

    @Test
    void normalisationDropsLinksHandlesHashSignsAndPunctuation() {
        assertEquals(
                List.of("fi", "kurierex", "nie", "działa", "reklamacja"),
                Shingles.words("RT @ola_k: ﬁ KURIEREX nie działa!!! https://t.co/abc #Reklamacja"));
    }
}
