package io.flarewatch.sentiment;

import io.flarewatch.sentiment.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an analysed mention into the linear model's features: word lemmas (Polish) or stems (English), the same
 * marked as negated inside a negation's scope, bigrams of neighbouring words, emoji and emoticons, elongation,
 * shouting, "!" and "?", and the team lexicon's valence of the text. Masked words (brand names) give no feature and
 * break bigrams. Instances are not thread-safe (they share a {@link KeyMaker}).
 */
final class FeatureExtractor {

    /** A negation reaches this many words forward, up to the end of its clause. */
    static final int NEGATION_SCOPE = 4;

    private static final String NUMBER = "<num>";
    /** Lexicon sums are divided by this (a strong word's valence) to keep them near the other features' 0..1. */
    static final double LEXICON_SCALE = 4.0;

    private final KeyMaker keyMaker;

    FeatureExtractor(KeyMaker keyMaker) {
        this.keyMaker = keyMaker;
    }

    /**
     * The features of {@code tokens} in {@code language}; {@code masked} tokens (brand names) give none, and
     * {@code lexicon} is the team lexicon's reading of the text.
     */
    List<TextFeature> features(List<Token> tokens, boolean[] masked, String language, RuleReading lexicon) {
        List<TextFeature> features = new ArrayList<>(tokens.size() * 2 + 4);
        int lastContrast = lastContrast(tokens);
        String previous = null;
        int negationLeft = 0;
        int bangs = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != Kind.WORD) {
                previous = null;
                negationLeft = token.kind() == Kind.EMOJI || token.kind() == Kind.EMOTICON ? negationLeft : 0;
                addMark(token, i, features);
                bangs += token.kind() == Kind.EXCLAMATION ? token.text().length() : 0;
                continue;
            }
            String folded = KeyMaker.fold(token.text());
            if (masked[i]) {
                previous = null;
                continue;
            }
            String key = Character.isDigit(folded.charAt(0)) ? NUMBER : keyMaker.featureKey(token.text(), language);
            boolean negator = Modifiers.negates(folded, language);
            if (Modifiers.contrasts(folded)) {
                negationLeft = 0;
            }
            double weight = clauseWeight(i, lastContrast);
            features.add(new TextFeature((negationLeft > 0 ? "n:" : "u:") + key, weight, i, i));
            if (previous != null) {
                features.add(new TextFeature("b:" + previous + "_" + key, weight, i - 1, i));
            }
            if (token.shouted()) {
                features.add(TextFeature.of("x:shouted", i));
            }
            if (token.end() - token.start() > token.text().length() + 1) {
                features.add(TextFeature.of("x:elongated", i));
            }
            negationLeft = negator ? NEGATION_SCOPE : Math.max(0, negationLeft - 1);
            previous = key;
        }
        addWholeText(tokens, bangs, lexicon, features);
        return features;
    }

    /** The last contrast word ("ale", "but", ...), or -1: the clause after it is what the writer concludes. */
    private static int lastContrast(List<Token> tokens) {
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.WORD
                    && Modifiers.contrasts(KeyMaker.fold(tokens.get(i).text()))) {
                last = i;
            }
        }
        return last;
    }

    /** As in the team's rules, words before a contrast weigh half, words after it half as much again. */
    private static double clauseWeight(int token, int lastContrast) {
        if (lastContrast < 0) {
            return 1;
        }
        return token < lastContrast ? Modifiers.BEFORE_CONTRAST : Modifiers.AFTER_CONTRAST;
    }

    private static void addMark(Token token, int i, List<TextFeature> features) {
        switch (token.kind()) {
            case EMOJI, EMOTICON ->
                features.add(TextFeature.of("e:" + token.text().toLowerCase(), i));
            case QUESTION -> features.add(TextFeature.of("x:question", i));
            default -> {}
        }
    }

    private static void addWholeText(List<Token> tokens, int bangs, RuleReading lexicon, List<TextFeature> features) {
        if (bangs > 0) {
            features.add(TextFeature.global(bangs > 1 ? "x:bangs" : "x:bang", 1));
        }
        double positive = 0;
        double negative = 0;
        for (double weight : lexicon.weights()) {
            positive += Math.max(weight, 0);
            negative += Math.max(-weight, 0);
        }
        if (lexicon.teamCue()) {
            features.add(TextFeature.global("x:cue", 1));
        }
        if (lexicon.score() != 0) {
            features.add(TextFeature.global("lex:score", lexicon.score()));
        }
        if (positive > 0) {
            features.add(TextFeature.global("lex:positive", positive / LEXICON_SCALE));
        }
        if (negative > 0) {
            features.add(TextFeature.global("lex:negative", negative / LEXICON_SCALE));
        }

        if (tokens.isEmpty()) {
            features.add(TextFeature.global("x:empty", 1));
        }
    }
}
