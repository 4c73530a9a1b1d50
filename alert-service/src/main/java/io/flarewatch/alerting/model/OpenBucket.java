package io.flarewatch.alerting.model;

import io.flarewatch.detector.Bucket;
import io.flarewatch.events.AlertMention;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One brand's counts for the bucket still being filled, kept in a state store between mentions.
 *
 * @param start         when the bucket began
 * @param mentions      mentions so far
 * @param negative      negative mentions so far
 * @param negativeReach followers of the authors of the negative mentions
 * @param authorMentions mentions per distinct author (by hash; at most {@link #MAX_TRACKED_AUTHORS} authors tracked)
 * @param authorNegatives negative mentions per distinct author (by hash)
 * @param categories    complaint categories and how often each was seen
 * @param words         the words that made negative mentions negative, and how often (at most {@link #MAX_TRACKED_WORDS})
 */
public record OpenBucket(
        Instant start,
        long mentions,
        long negative,
        long negativeReach,
        Map<Integer, Long> authorMentions,
        Map<Integer, Long> authorNegatives,
        Map<String, Long> categories,
        Map<String, Long> words) {

    /** Beyond this many distinct authors in one bucket, more do not change the picture: it is many people. */
    static final int MAX_TRACKED_AUTHORS = 500;
    /** Distinct words tracked per bucket: enough to find the few that matter. */
    static final int MAX_TRACKED_WORDS = 100;

    /** An empty bucket starting at {@code start}. */
    public static OpenBucket empty(Instant start) {
        return new OpenBucket(start, 0, 0, 0, Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** This bucket with one more mention. */
    public OpenBucket add(ScoredMention mention) {
        boolean negativeMention = Sentiment.NEGATIVE.equals(mention.sentiment().label());
        Map<Integer, Long> nextAuthors = orEmpty(authorMentions);
        Map<Integer, Long> nextNegatives = orEmpty(authorNegatives);
        int author = authorKey(mention);
        if (nextAuthors.containsKey(author) || nextAuthors.size() < MAX_TRACKED_AUTHORS) {
            nextAuthors = new HashMap<>(nextAuthors);
            nextAuthors.merge(author, 1L, Long::sum);
            if (negativeMention) {
                nextNegatives = new HashMap<>(nextNegatives);
                nextNegatives.merge(author, 1L, Long::sum);
            }
        }
        Map<String, Long> nextCategories = categories;
        if (!mention.sentiment().categories().isEmpty()) {
            nextCategories = new HashMap<>(categories);
            for (String category : mention.sentiment().categories()) {
                nextCategories.merge(category, 1L, Long::sum);
            }
        }
        Map<String, Long> nextWords = words;
        if (negativeMention && mention.sentiment().explanation() != null) {
            nextWords = new HashMap<>(words);
            for (var token : mention.sentiment().explanation()) {
                String word = token.token().toLowerCase(java.util.Locale.ROOT);
                if (token.weight() < 0 && (nextWords.containsKey(word) || nextWords.size() < MAX_TRACKED_WORDS)) {
                    nextWords.merge(word, 1L, Long::sum);
                }
            }
        }
        long reach = negativeMention ? mention.mention().author().followers() : 0;
        return new OpenBucket(
                start,
                mentions + 1,
                negative + (negativeMention ? 1 : 0),
                negativeReach + reach,
                nextAuthors,
                nextNegatives,
                nextCategories,
                nextWords);
    }

    /** This bucket with {@code followers} more negative reach: a copy of a negative story spreading it further. */
    public OpenBucket addNegativeReach(long followers) {
        return new OpenBucket(
                start,
                mentions,
                negative,
                negativeReach + followers,
                authorMentions,
                authorNegatives,
                categories,
                words);
    }

    /**
     * The bucket as the detector sees it, with at most {@link Bucket#MENTIONS_PER_AUTHOR} mentions per author counted.
     */
    public Bucket toDetectorBucket() {
        return new Bucket(
                start,
                mentions,
                negative,
                negativeReach,
                orEmpty(authorMentions).size(),
                categories,
                mentions - beyondCap(authorMentions),
                negative - beyondCap(authorNegatives));
    }

    /** Mentions of loud authors beyond the per-author cap: they do not count towards a crisis. */
    private static long beyondCap(Map<Integer, Long> perAuthor) {
        return orEmpty(perAuthor).values().stream()
                .mapToLong(c -> Math.max(0, c - Bucket.MENTIONS_PER_AUTHOR))
                .sum();
    }

    /** Buckets stored before per-author counts were kept read them as empty. */
    private static Map<Integer, Long> orEmpty(Map<Integer, Long> map) {
        return map == null ? Map.of() : map;
    }

    /** The most frequent complaint categories, most frequent first. */
    public List<String> topCategories(int limit) {
        return mostFrequent(categories, limit);
    }

    /** The words that most often made mentions negative, most frequent first. */
    public List<String> topWords(int limit) {
        return mostFrequent(words == null ? Map.of() : words, limit);
    }

    private static List<String> mostFrequent(Map<String, Long> counts, int limit) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return entries.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private static int authorKey(ScoredMention mention) {
        return (mention.mention().source() + ":" + mention.mention().author().id()).hashCode();
    }

    /** The post as an alert shows it. */
    public static AlertMention toAlertMention(ScoredMention mention) {
        String text = mention.mention().text();
        return new AlertMention(
                mention.mention().mentionId(),
                mention.mention().url(),
                mention.mention().author().name(),
                mention.mention().author().followers(),
                text.length() > 280 ? text.substring(0, 277) + "..." : text,
                mention.sentiment().score());
    }
}
