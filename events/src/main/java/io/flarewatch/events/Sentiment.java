package io.flarewatch.events;

import java.util.List;

/**
 * What the sentiment model made of a mention, with its reasons.
 *
 * @param label       {@code negative}, {@code neutral} or {@code positive}
 * @param score       from -1 (most negative) to 1 (most positive)
 * @param confidence  from 0 to 1
 * @param explanation the words that moved the score, and by how much
 * @param emotions    e.g. {@code anger}, {@code disappointment}, {@code joy}
 * @param categories  complaint categories, e.g. {@code no_answer}, {@code delivery}, {@code returns_refunds}
 * @param escalations escalation language, e.g. {@code boycott}, {@code legal_threat}, {@code going_public}
 */
public record Sentiment(
        String label,
        double score,
        double confidence,
        List<TokenWeight> explanation,
        List<String> emotions,
        List<String> categories,
        List<String> escalations) {

    /** The label of a negative mention. */
    public static final String NEGATIVE = "negative";
    /** The label of a neutral mention. */
    public static final String NEUTRAL = "neutral";
    /** The label of a positive mention. */
    public static final String POSITIVE = "positive";
}
