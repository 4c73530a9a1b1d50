package io.flarewatch.sentiment;

import io.flarewatch.sentiment.Token.Kind;
import java.util.List;

/**
 * Analyses one mention the same way for learning and for scoring: tokens, brand names masked, the team lexicon's
 * reading and the linear model's features. Instances are not thread-safe (they cache dictionary lookups).
 */
final class MentionAnalyzer {

    /**
     * One analysed mention.
     *
     * @param tokens   the tokens
     * @param masked   which tokens name a brand
     * @param reading  the team lexicon's reading
     * @param features the features for the linear model
     */
    record Analysis(List<Token> tokens, boolean[] masked, RuleReading reading, List<TextFeature> features) {}

    private final KeyMaker keyMaker = new KeyMaker();
    private final RuleScorer rules = new RuleScorer(keyMaker);
    private final FeatureExtractor extractor = new FeatureExtractor(keyMaker);

    Analysis analyse(String text, List<Token> tokens, String language, Lexicon lexicon, BrandMask mask) {
        boolean[] masked = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            masked[i] = token.kind() == Kind.WORD
                    && mask.masks(KeyMaker.fold(token.text()), keyMaker.keys(token.text(), language));
        }
        RuleReading reading = rules.read(tokens, masked, lexicon);
        return new Analysis(tokens, masked, reading, extractor.features(tokens, masked, language, reading));
    }

    Analysis analyse(String text, String language, Lexicon lexicon, BrandMask mask) {
        return analyse(text, Tokenizer.tokenize(text), language, lexicon, mask);
    }
}
