package io.flarewatch.sentiment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns word valences from labelled texts: the smoothed log ratio of how often a word appears in positive
 * versus negative texts (a naive Bayes log-count ratio), kept for words seen often enough and clearly leaning
 * one way, leaving out every form of the commonest words. The learned words fill the gaps of the team's lexicon; they never override it.
 */
public final class LexiconLearner {

    /** A word must appear in this many training texts to be learned. */
    static final int MIN_DOCUMENTS = 5;
    /** A word must lean at least this much (log ratio) to be learned. */
    static final double MIN_WEIGHT = 0.4;
    /** Learned log ratios are scaled into the lexicon's valence range by this factor. */
    static final double SCALE = 0.8;
    /** Learned valences are capped, so that one learned word never outweighs a clear hand-written one. */
    static final double MAX_VALENCE = 3.0;
    private static final double SMOOTHING = 1.0;

    private LexiconLearner() {
    }

    /** A labelled training text. */
    public record Example(SentimentLabel label, String text) {
    }

    /** Word key → valence, learned from {@code examples} in {@code language} ({@code pl} or {@code en}). */
    public static Map<String, Double> learn(List<Example> examples, String language) {
        KeyMaker keys = new KeyMaker();
        // by lemma, so that "której" is left out with "który": political tweets use relative clauses more, yet the
        // pronoun has no sentiment of its own
        Set<String> commonKeys = new HashSet<>();
        for (String word : LanguageDetector.commonWords()) {
            commonKeys.add(keys.keys(word, language).iterator().next());
        }
        Map<String, int[]> counts = new HashMap<>();
        int positives = 0;
        int negatives = 0;
        for (Example example : examples) {
            if (example.label() == SentimentLabel.NEUTRAL) {
                continue;
            }
            boolean positive = example.label() == SentimentLabel.POSITIVE;
            if (positive) {
                positives++;
            } else {
                negatives++;
            }
            Set<String> seen = new HashSet<>();
            for (Token token : Tokenizer.tokenize(example.text())) {
                if (token.kind() == Token.Kind.WORD && token.text().length() > 2 && !LanguageDetector.isCommonWord(token.text())) {
                    String key = keys.keys(token.text(), language).iterator().next();
                    if (!commonKeys.contains(key)) {
                        seen.add(key);
                    }
                }
            }
            for (String key : seen) {
                counts.computeIfAbsent(key, k -> new int[2])[positive ? 0 : 1]++;
            }
        }
        Map<String, Double> learned = new TreeMap<>();
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int pos = entry.getValue()[0];
            int neg = entry.getValue()[1];
            if (pos + neg < MIN_DOCUMENTS) {
                continue;
            }
            double weight = Math.log((pos + SMOOTHING) / (positives + 2 * SMOOTHING))
                    - Math.log((neg + SMOOTHING) / (negatives + 2 * SMOOTHING));
            if (Math.abs(weight) >= MIN_WEIGHT) {
                double valence = Math.max(-MAX_VALENCE, Math.min(MAX_VALENCE, SCALE * weight));
                learned.put(entry.getKey(), Math.round(valence * 100) / 100.0);
            }
        }
        return learned;
    }
}
