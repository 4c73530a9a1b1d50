package io.flarewatch.ingest.story;

import io.flarewatch.events.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Links a mention to the story of an earlier near-duplicate (a repost, a quote with a few words added, a
 * syndicated copy): the copy gets the first mention's id as its cluster id; the first mention of a story keeps no
 * cluster id (its story id is its own mention id).
 */
public final class StoryClusterer {

    /**
     * Texts with fewer shingles (about eight words) are never linked: short posts that share a brand name and a
     * word or two are different people speaking, not a repost.
     */
    public static final int MIN_SHINGLES = 6;
    /** Shingles kept per story: all of a post's, a sample (the smallest hashes) of a long article's. */
    public static final int SHINGLES_KEPT = 256;
    /** Jaccard similarity of the shingles from which two texts are one story. */
    public static final double SAME_STORY = 0.5;

    private final StoryIndex index;

    /** A clusterer remembering stories for {@code horizon}, at most {@code maxStories} of them. */
    public StoryClusterer(Duration horizon, int maxStories) {
        this.index = new StoryIndex(horizon, maxStories, SAME_STORY);
    }

    /** The mention linked to the story it repeats, or unchanged (and remembered) when it starts a story. */
    public Mention assign(Mention mention, Instant now) {
        Set<String> shingles = Shingles.of(mention.text());
        if (shingles.size() < MIN_SHINGLES) {
            return mention;
        }
        StoryIndex.Story text = new StoryIndex.Story(
                mention.mentionId(), MinHash.signature(shingles), MinHash.shingleHashes(shingles, SHINGLES_KEPT), now);
        String story = index.storyOf(text, now);
        return story.equals(mention.mentionId()) ? mention : mention.withClusterId(story);
    }

    /** The story that {@code mentionId} started, if it started one: what other replicas need to learn. */
    public Optional<StoryIndex.Story> startedBy(String mentionId) {
        return index.story(mentionId);
    }

    /** Learns a story that another replica (or this one before a restart) saw. */
    public void learn(StoryIndex.Story story, Instant now) {
        index.learn(story, now);
    }
}
