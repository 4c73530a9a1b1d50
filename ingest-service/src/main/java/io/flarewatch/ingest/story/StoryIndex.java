package io.flarewatch.ingest.story;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stories seen within a horizon, found again by LSH banding of their MinHash signatures: a signature is cut
 * into {@link #BANDS} bands of {@link #ROWS} positions, and a text is a candidate when one band is equal; a
 * candidate is the same story when the Jaccard similarity of the shingles reaches the threshold. Thread-safe.
 */
public final class StoryIndex {

    /**
     * Bands of a signature: two texts of similarity 0.4 share at least one band with probability 0.999 (1 - (1 -
     * 0.4^2)^30), so the threshold, not chance, decides; unrelated texts rarely do and cost one comparison if so.
     */
    static final int BANDS = 30;
    /** Positions per band (BANDS x ROWS = the signature's size). */
    static final int ROWS = MinHash.SIZE / BANDS;

    private final Duration horizon;
    private final int maxStories;
    private final double threshold;
    /** Band key to the oldest story with that band: a copy is linked to the first mention of its story. */
    private final Map<Long, String> bands = new HashMap<>();
    /** Stories by id in the order they were added, oldest first, so that expiry looks only at the head. */
    private final LinkedHashMap<String, Story> stories = new LinkedHashMap<>();

    /**
     * A story: the id of its first mention, that mention's MinHash signature and shingle hashes
     * ({@link MinHash#shingleHashes}), and when it was seen.
     */
    public record Story(String id, int[] signature, int[] shingles, Instant seenAt) {}

    /**
     * An index forgetting stories older than {@code horizon}, holding at most {@code maxStories} (the oldest go
     * first), and calling texts one story from Jaccard similarity {@code threshold} on.
     */
    public StoryIndex(Duration horizon, int maxStories, double threshold) {
        this.horizon = horizon;
        this.maxStories = maxStories;
        this.threshold = threshold;
    }

    /**
     * The id of the story that {@code text} belongs to: the most similar known story at or above the threshold, or
     * else {@code text} itself as a new story (its id that of the mention that starts it).
     */
    public synchronized String storyOf(Story text, Instant now) {
        expire(now);
        return find(text).orElseGet(() -> {
            add(text);
            return text.id();
        });
    }

    /** Learns a story another replica (or this one before a restart) saw; a known or expired one changes nothing. */
    public synchronized void learn(Story story, Instant now) {
        expire(now);
        if (!story.seenAt().isBefore(now.minus(horizon)) && !stories.containsKey(story.id())) {
            add(story);
        }
    }

    /** The story with id {@code id}, if it is known. */
    public synchronized Optional<Story> story(String id) {
        return Optional.ofNullable(stories.get(id));
    }

    /** How many stories are known. */
    public synchronized int size() {
        return stories.size();
    }

    private Optional<String> find(Story text) {
        Story best = null;
        double bestSimilarity = threshold;
        for (int band = 0; band < BANDS; band++) {
            String candidate = bands.get(bandKey(band, text.signature()));
            Story story = candidate == null ? null : stories.get(candidate);
            if (story != null) {
                double similarity = MinHash.jaccard(text.shingles(), story.shingles());
                if (similarity >= bestSimilarity) {
                    best = story;
                    bestSimilarity = similarity;
                }
            }
        }
        return Optional.ofNullable(best).map(Story::id);
    }

    private void add(Story story) {
        stories.put(story.id(), story);
        for (int band = 0; band < BANDS; band++) {
            bands.putIfAbsent(bandKey(band, story.signature()), story.id());
        }
        while (stories.size() > maxStories) {
            remove(stories.values().iterator());
        }
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(horizon);
        Iterator<Story> byAge = stories.values().iterator();
        while (byAge.hasNext()) {
            Story story = byAge.next();
            if (!story.seenAt().isBefore(oldest)) {
                return;
            }
            removeBands(story);
            byAge.remove();
        }
    }

    private void remove(Iterator<Story> byAge) {
        removeBands(byAge.next());
        byAge.remove();
    }

    private void removeBands(Story story) {
        for (int band = 0; band < BANDS; band++) {
            bands.remove(bandKey(band, story.signature()), story.id());
        }
    }

    private static long bandKey(int band, int[] signature) {
        long key = band;
        for (int row = band * ROWS; row < (band + 1) * ROWS; row++) {
            key = MinHash.mix(key * 0x9e3779b97f4a7c15L + signature[row]);
        }
        return key;
    }
}
