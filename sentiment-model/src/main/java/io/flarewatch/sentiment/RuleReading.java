package io.flarewatch.sentiment;

import java.util.Set;

/**
 * What the team's lexicon and rules read in a mention.
 *
 * @param score       the lexicon's valence of the text, squashed into (-1, 1)
 * @param weights     each token's share of the raw sum (0 for most), after negation, intensifiers and contrast
 * @param spanEnd     for a token that starts a phrase, the phrase's last token
 * @param emotions    emotions the lexicon's words and the marks of anger express
 * @param categories  complaint categories whose cues were found
 * @param escalations escalation language found
 * @param teamCue     whether a word or phrase of the team's own lexicon moved the score (VADER's broad lexicon
 *                    also rates everyday words such as "support", "friend" or "open")
 */
record RuleReading(
        double score,
        double[] weights,
        int[] spanEnd,
        Set<Emotion> emotions,
        Set<ComplaintCategory> categories,
        Set<Escalation> escalations,
        boolean teamCue) {}
