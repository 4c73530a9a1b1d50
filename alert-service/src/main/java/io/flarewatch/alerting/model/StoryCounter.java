package io.flarewatch.alerting.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides how a brand's scored mention counts, so that the detector sees each story once and each mention at most
 * once: the first mention of a story adds volume and negativity; a copy of a story already counted (a repost, a
 * syndicated copy) adds only its reach; a mention id already counted (a redelivery, a second scoring) adds nothing.
 * What it remembers is forgotten after a horizon.
 */
public final class StoryCounter {

    /** How a mention counts. */
    public enum Count {
        /** The first mention of its story for the brand: counted in full. */
        NEW_STORY,
        /** Another mention of a story already counted for the brand: only its reach is added. */
        COPY,
        /** A mention id already counted for the brand: nothing is added. */
        REPEAT
    }

    /**
     * How a mention counts, and whether its story was counted as negative (the story's sentiment is that of its first
     * mention, counted once; a copy's followers add to the negative reach only when the story is negative).
     */
    public record Decision(Count count, boolean storyNegative) {}

    /** When a mention or a story was first counted, and whether it was negative. */
    public record Seen(Instant at, boolean negative) {}

    /** Where the counter keeps what it has seen: a state store with a changelog in the service, a map in tests. */
    public interface Memory {
        /** What was seen under {@code key}, or null. */
        Seen get(String key);

        /** Remembers {@code seen} under {@code key}. */
        void put(String key, Seen seen);
    }

    private final Memory memory;
    private final Duration horizon;

    /** A counter remembering in {@code memory} for {@code horizon}. */
    public StoryCounter(Memory memory, Duration horizon) {
        this.memory = memory;
        this.horizon = horizon;
    }

    /** Counts the mention {@code mentionId} of story {@code storyId} for {@code brandId}, seen at {@code now}. */
    public Decision count(String brandId, String mentionId, String storyId, boolean negative, Instant now) {
        String mention = mentionKey(brandId, mentionId);
        if (recent(memory.get(mention), now) != null) {
            return new Decision(Count.REPEAT, false);
        }
        memory.put(mention, new Seen(now, negative));
        String story = storyKey(brandId, storyId);
        Seen counted = recent(memory.get(story), now);
        if (counted != null) {
            return new Decision(Count.COPY, counted.negative());
        }
        memory.put(story, new Seen(now, negative));
        return new Decision(Count.NEW_STORY, negative);
    }

    /** Whether what was seen is older than the horizon at {@code now}, and so forgotten. */
    public boolean expired(Seen seen, Instant now) {
        return seen.at().isBefore(now.minus(horizon));
    }

    private Seen recent(Seen seen, Instant now) {
        return seen == null || expired(seen, now) ? null : seen;
    }

    static String mentionKey(String brandId, String mentionId) {
        return brandId + "|mention|" + mentionId;
    }

    static String storyKey(String brandId, String storyId) {
        return brandId + "|story|" + storyId;
    }
}
