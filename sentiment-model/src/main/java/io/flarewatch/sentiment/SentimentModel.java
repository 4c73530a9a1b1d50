package io.flarewatch.sentiment;

import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Polish and English sentiment model: identifies the language, analyses the text and scores it with that
 * language's learned linear model, the words of the brand being scored masked. Thread-safe; load it once.
 */
public final class SentimentModel {

    private static final List<String> LANGUAGES = List.of("pl", "en");

    private final ThreadLocal<MentionAnalyzer> analyzers = ThreadLocal.withInitial(MentionAnalyzer::new);
    private final Map<String, LinearModel> models;
    private final Map<String, Lexicon> lexicons;
    private final LanguageIdentifier languages;

    private SentimentModel(Map<String, LinearModel> models, LanguageIdentifier languages) {
        this.models = Map.copyOf(models);
        this.languages = languages;
        KeyMaker keys = new KeyMaker();
        Map<String, Lexicon> loaded = new HashMap<>();
        for (String language : LANGUAGES) {
            loaded.put(language, Lexicon.load(language, keys));
        }
        this.lexicons = Map.copyOf(loaded);
    }

    /** The model of the bundled files: {@code model/pl.tsv}, {@code model/en.tsv}, {@code model/langid.tsv}. */
    public static SentimentModel loadDefault() {
        Map<String, LinearModel> models = new HashMap<>();
        for (String language : LANGUAGES) {
            models.put(language, LinearModel.read(resource("model/" + language + ".tsv")));
        }
        return new SentimentModel(models, LanguageIdentifier.read(resource("model/langid.tsv")));
    }

    /** This model with {@code language}'s linear model replaced, e.g. by one learned from cross-validation folds. */
    public SentimentModel withModel(String language, LinearModel model) {
        Map<String, LinearModel> replaced = new HashMap<>(models);
        replaced.put(language, model);
        return new SentimentModel(replaced, languages);
    }

    /** A model of one language only (no language identification): what cross-validation and training score with. */
    public static SentimentModel of(String language, LinearModel model) {
        return new SentimentModel(Map.of(language, model), null);
    }

    /** The linear model of {@code language}. */
    public LinearModel model(String language) {
        return models.get(language);
    }

    /**
     * Scores a text.
     *
     * @param text         the mention's text
     * @param languageHint {@code pl} or {@code en} when the source said so; null or {@code auto} to identify it
     */
    public SentimentResult score(String text, String languageHint) {
        return score(text, languageHint, List.of());
    }

    /**
     * Scores a text for one brand: the words that matched the brand carry no sentiment for it.
     *
     * @param text         the mention's text
     * @param languageHint {@code pl} or {@code en} when the source said so; null or {@code auto} to identify it
     * @param targetWords  the words of the text that matched the brand, as written
     */
    public SentimentResult score(String text, String languageHint, Collection<String> targetWords) {
        String safeText = text == null ? "" : text;
        String language = languageOf(safeText, languageHint);
        MentionAnalyzer.Analysis analysis =
                analyzers.get().analyse(safeText, language, lexicons.get(language), BrandMask.withTarget(targetWords));
        return ResultAssembler.assemble(safeText, language, analysis, models.get(language));
    }

    /** {@code pl} or {@code en}: the hint when it is one of them, else the identified language. */
    public String languageOf(String text, String languageHint) {
        if ("pl".equals(languageHint) || "en".equals(languageHint)) {
            return languageHint;
        }
        if (languages == null) {
            return models.keySet().iterator().next();
        }
        return languages.identify(text);
    }

    private static InputStream resource(String name) {
        InputStream in = SentimentModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("sentiment model file missing from the classpath: " + name
                    + " (bin/flarewatch train-sentiment makes it)");
        }
        return in;
    }
}
