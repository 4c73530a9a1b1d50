package io.flarewatch.sentiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the linear model's probabilities and an analysis into what users see: the label its decision settings give,
 * the score P(positive) - P(negative), the label's probability as confidence, each word's contribution
 * to that score, and the emotions and complaint categories that fit the label.
 */
final class ResultAssembler {

    /** Words that moved the polarity less than this are left out of the explanation. */
    static final double MIN_CONTRIBUTION = 0.05;

    private static final int NEGATIVE = SentimentLabel.NEGATIVE.ordinal();
    private static final int POSITIVE = SentimentLabel.POSITIVE.ordinal();
    private static final int NEUTRAL = SentimentLabel.NEUTRAL.ordinal();

    private ResultAssembler() {}

    static SentimentResult assemble(
            String text, String language, MentionAnalyzer.Analysis analysis, LinearModel model) {
        double[] p = model.probabilities(analysis.features());
        SentimentLabel label = model.decision().decide(p, LinearModel.cued(analysis.features()));
        // a text called neutral for leaning too little is as sure of it as it is unsure of either side
        double confidence = label == SentimentLabel.NEUTRAL && p[NEUTRAL] < Math.max(p[POSITIVE], p[NEGATIVE])
                ? 1 - Math.max(p[POSITIVE], p[NEGATIVE])
                : p[label.ordinal()];
        RuleReading reading = analysis.reading();
        Set<Emotion> emotions = EnumSet.noneOf(Emotion.class);
        for (Emotion emotion : reading.emotions()) {
            boolean negativeEmotion = emotion != Emotion.JOY;
            if (negativeEmotion ? label == SentimentLabel.NEGATIVE : label == SentimentLabel.POSITIVE) {
                emotions.add(emotion);
            }
        }
        Set<ComplaintCategory> categories = label == SentimentLabel.NEGATIVE ? reading.categories() : Set.of();
        return new SentimentResult(
                language,
                label,
                round(p[POSITIVE] - p[NEGATIVE]),
                round(confidence),
                contributions(text, analysis, model),
                Set.copyOf(emotions),
                Set.copyOf(categories),
                Set.copyOf(reading.escalations()));
    }

    /** Each token's share of the polarity (positive minus negative weight); a bigram's is split between its words. */
    private static List<TokenContribution> contributions(
            String text, MentionAnalyzer.Analysis analysis, LinearModel model) {
        List<Token> tokens = analysis.tokens();
        double[] share = new double[tokens.size()];
        for (TextFeature feature : analysis.features()) {
            float[] w = model.weightsOf(feature.name());
            if (w == null) {
                continue;
            }
            double polarity = (w[POSITIVE] - w[NEGATIVE]) * feature.value();
            if (feature.first() >= 0) {
                int span = feature.last() - feature.first() + 1;
                for (int i = feature.first(); i <= feature.last(); i++) {
                    share[i] += polarity / span;
                }
            } else if (feature.name().startsWith("lex:")) {
                distributeByLexicon(polarity, analysis.reading().weights(), share);
            }
        }
        List<TokenContribution> contributions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (Math.abs(share[i]) >= MIN_CONTRIBUTION && !analysis.masked()[i]) {
                Token token = tokens.get(i);
                contributions.add(new TokenContribution(
                        text.substring(token.start(), token.end()), token.start(), token.end(), round(share[i])));
            }
        }
        return List.copyOf(contributions);
    }

    /** A lexicon feature's weight goes to the words the team's lexicon scored, in proportion to their valence. */
    private static void distributeByLexicon(double polarity, double[] lexiconWeights, double[] share) {
        double total = 0;
        for (double weight : lexiconWeights) {
            total += Math.abs(weight);
        }
        if (total == 0) {
            return;
        }
        for (int i = 0; i < share.length; i++) {
            share[i] += polarity * Math.abs(lexiconWeights[i]) / total;
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
