package io.flarewatch.sentiment;

import java.util.List;
import java.util.Set;

/**
 * What the model made of one mention, with its reasons.
 *
 * @param language      {@code pl} or {@code en}
 * @param label         negative, neutral or positive
 * @param score         P(positive) - P(negative), from -1 (most negative) to 1 (most positive)
 * @param confidence    the probability of the label, from 0 to 1
 * @param contributions the words that moved the score (their weights towards positive), in text order
 * @param emotions      emotions expressed
 * @param categories    complaint categories recognised
 * @param escalations   escalation language recognised
 */
public record SentimentResult(
        String language,
        SentimentLabel label,
        double score,
        double confidence,
        List<TokenContribution> contributions,
        Set<Emotion> emotions,
        Set<ComplaintCategory> categories,
        Set<Escalation> escalations) {}
