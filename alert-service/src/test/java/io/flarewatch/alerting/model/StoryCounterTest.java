package io.flarewatch.alerting.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.alerting.model.StoryCounter.Count;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A story counts once per brand, a copy only adds reach, a redelivered mention nothing; all for a horizon. */
class StoryCounterTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private final Map<String, StoryCounter.Seen> memory = new HashMap<>();
    private final StoryCounter counter = new StoryCounter(
            new StoryCounter.Memory() {
                @Override
                public StoryCounter.Seen get(String key) {
                    return memory.get(key);
                }

                @Override
                public void put(String key, StoryCounter.Seen seen) {
                    memory.put(key, seen);
                }
            },
            Duration.ofHours(48));

    @Test
    void theFirstMentionOfAStoryCountsAndItsCopiesCarryItsSentiment() {
        assertEquals(
                Count.NEW_STORY,
                counter.count("kurierex", "tw:1", "tw:1", true, NOW).count());
        StoryCounter.Decision copy = counter.count("kurierex", "fb:7", "tw:1", false, NOW);
        assertEquals(Count.COPY, copy.count());
        assertTrue(copy.storyNegative(), "the story was counted as negative, whatever the copy's own score");
    }

    @Test
    void theSameMentionAgainCountsNothing() {
        counter.count("kurierex", "tw:1", "tw:1", true, NOW);
        counter.count("kurierex", "fb:7", "tw:1", true, NOW);
        assertEquals(
                Count.REPEAT,
                counter.count("kurierex", "tw:1", "tw:1", true, NOW.plusSeconds(5))
                        .count());
        assertEquals(
                Count.REPEAT,
                counter.count("kurierex", "fb:7", "tw:1", true, NOW.plusSeconds(5))
                        .count());
    }

    @Test
    void eachBrandCountsTheStoryOnce() {
        counter.count("kurierex", "tw:1", "tw:1", true, NOW);
        assertEquals(
                Count.NEW_STORY,
                counter.count("paczkex", "tw:1", "tw:1", true, NOW).count());
    }

    @Test
    void afterTheHorizonTheStoryCountsAgain() {
        counter.count("kurierex", "tw:1", "tw:1", false, NOW);
        Instant later = NOW.plus(Duration.ofHours(49));
        assertEquals(
                Count.NEW_STORY,
                counter.count("kurierex", "tw:2", "tw:1", true, later).count());
        assertFalse(counter.expired(memory.get(StoryCounter.storyKey("kurierex", "tw:1")), later));
    }
}
