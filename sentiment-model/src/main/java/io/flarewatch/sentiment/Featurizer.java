package io.flarewatch.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of training texts (brand names of the kept list masked), each text analysed once: cross-validation
 * learns from the same texts many times. Not thread-safe.
 */
final class Featurizer {

    private final String language;
    private final Lexicon lexicon;
    private final MentionAnalyzer analyzer = new MentionAnalyzer();
    private final BrandMask mask = BrandMask.common();
    private final Map<String, Map<String, Double>> known = new HashMap<>();

    Featurizer(String language) {
        this.language = language;
        this.lexicon = Lexicon.load(language, new KeyMaker());
    }

    /** Each feature of the text once, with its value. */
    Map<String, Double> features(String text) {
        return known.computeIfAbsent(text, t -> {
            Map<String, Double> document = new LinkedHashMap<>();
            for (TextFeature feature :
                    analyzer.analyse(t, language, lexicon, mask).features()) {
                document.putIfAbsent(feature.name(), feature.value());
            }
            return document;
        });
    }

    /** The features as the linear model reads them. */
    List<TextFeature> featureList(String text) {
        List<TextFeature> list = new ArrayList<>();
        features(text).forEach((name, value) -> list.add(TextFeature.global(name, value)));
        return list;
    }
}
