package io.flarewatch.sentiment;

import java.util.List;
import java.util.Map;

/**
 * The Polish and English sentiment model: finds the language, analyses the text and scores it with the
 * language's lexicon and rules. Thread-safe; load it once.
 */
public final class SentimentModel {

    private final ThreadLocal<KeyMaker> keyMakers = ThreadLocal.withInitial(KeyMaker::new);
    private final Lexicon polish;
    private final Lexicon english;

    private SentimentModel(Lexicon polish, Lexicon english) {
        this.polish = polish;
        this.english = english;
    }

    /** The model with the bundled lexicons: the team's, completed by the bundled learned valences. */
    public static SentimentModel loadDefault() {
        KeyMaker keys = new KeyMaker();
        return new SentimentModel(Lexicon.load("pl", keys).withLearned(Lexicon.bundledLearned("pl")),
                Lexicon.load("en", keys).withLearned(Lexicon.bundledLearned("en")));
    }

    /** The model with the team's lexicons only, completed by {@code learned} valences for {@code language}. */
    public static SentimentModel withLearned(String language, Map<String, Double> learned) {
        KeyMaker keys = new KeyMaker();
        Lexicon polish = Lexicon.load("pl", keys);
        Lexicon english = Lexicon.load("en", keys);
        return "pl".equals(language) ? new SentimentModel(polish.withLearned(learned), english)
                : new SentimentModel(polish, english.withLearned(learned));
    }

    /**
     * The model whose learned valences for {@code language} are the bundled ones with those learned from
     * {@code sourceName} replaced by {@code learned}: what cross-validation on {@code sourceName} measures.
     */
    public static SentimentModel withLearnedReplacing(String language, String sourceName, Map<String, Double> learned) {
        Map<String, Double> merged = Lexicon.bundledLearnedReplacing(language, sourceName, learned);
        KeyMaker keys = new KeyMaker();
        Lexicon polish = Lexicon.load("pl", keys).withLearned("pl".equals(language) ? merged : Lexicon.bundledLearned("pl"));
        Lexicon english = Lexicon.load("en", keys).withLearned("en".equals(language) ? merged : Lexicon.bundledLearned("en"));
        return new SentimentModel(polish, english);
    }

    /**
     * Scores a text.
     *
     * @param text         the mention's text
     * @param languageHint {@code pl} or {@code en} when the source said so; null or {@code auto} to detect it
     */
    public SentimentResult score(String text, String languageHint) {
        String safeText = text == null ? "" : text;
        List<Token> tokens = Tokenizer.tokenize(safeText);
        String language = "pl".equals(languageHint) || "en".equals(languageHint) ? languageHint
                : LanguageDetector.detect(tokens, safeText);
        if ("other".equals(language)) {
            language = byLexiconHits(tokens);
        }
        Lexicon lexicon = "pl".equals(language) ? polish : english;
        return new RuleScorer(keyMakers.get()).score(safeText, tokens, language, lexicon);
    }

    /** For short texts without common words ("fatalna obsluga"): the language whose lexicon knows more of the words. */
    private String byLexiconHits(List<Token> tokens) {
        int polishHits = polish.hits(tokens, keyMakers.get());
        int englishHits = english.hits(tokens, keyMakers.get());
        if (polishHits == 0 && englishHits == 0) {
            return "other";
        }
        return polishHits >= englishHits ? "pl" : "en";
    }
}
