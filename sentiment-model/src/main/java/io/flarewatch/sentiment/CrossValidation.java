package io.flarewatch.sentiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * K-fold cross-validation of the learned model: identical texts (whatever their labels or files) always fall into
 * the same fold, so no scored text is ever learned from; folds are drawn with a fixed seed. Also chooses the settings
 * of the decision (neutral weight, polar band) by cross-validation on the training texts alone.
 */
public final class CrossValidation {

    /** The seed of fold assignment: the same command gives the same figures. */
    public static final long SEED = 20_170_401L;
    /** The neutral weights tried; with the polar bands, the pair with the best cross-validated macro-F1 is kept. */
    static final double[] NEUTRAL_WEIGHTS = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0};
    /** The polar bands tried. */
    static final double[] POLAR_BANDS = {0.0};
    /**
     * The bands for texts without a sentiment cue, strongest first: where two settings score the same, the one that
     * calls more cueless mentions neutral is kept (most mentions of a brand are neutral chatter).
     */
    public static final double[] CUELESS_BANDS = {1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.0};
    /** Folds of the inner cross-validation that chooses the neutral weight. */
    static final int INNER_FOLDS = 3;

    private CrossValidation() {}

    /** The rows split into {@code k} folds; identical texts (compared case- and space-insensitively) share a fold. */
    public static List<List<LabelledText>> folds(List<LabelledText> rows, int k, long seed) {
        Map<String, List<LabelledText>> byText = new LinkedHashMap<>();
        for (LabelledText row : rows) {
            byText.computeIfAbsent(sameTextKey(row.text()), key -> new ArrayList<>())
                    .add(row);
        }
        List<List<LabelledText>> groups = new ArrayList<>(byText.values());
        Collections.shuffle(groups, new Random(seed));
        List<List<LabelledText>> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < groups.size(); i++) {
            folds.get(i % k).addAll(groups.get(i));
        }
        return folds;
    }

    static String sameTextKey(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Cross-validates on {@code rows}: for each fold, a model of {@code language} learned from the other folds and
     * from {@code otherSets} (less any text of the fold, whatever set it comes from) scores the fold; its decision
     * settings are chosen by an inner cross-validation on the same training texts, judged on those of {@code rows}.
     *
     * @return the seconds spent deciding (the texts are analysed once, before)
     */
    public static double crossValidate(
            String language,
            List<LabelledText> rows,
            List<LabelledText> otherSets,
            int k,
            ConfusionMatrix matrix,
            Runnable afterFold) {
        List<List<LabelledText>> folds = folds(rows, k, SEED);
        Featurizer featurizer = new Featurizer(language);
        double seconds = 0;
        for (int fold = 0; fold < k; fold++) {
            List<LabelledText> training = allBut(folds, fold);
            Set<String> held = new HashSet<>();
            folds.get(fold).forEach(row -> held.add(sameTextKey(row.text())));
            otherSets.stream()
                    .filter(row -> !held.contains(sameTextKey(row.text())))
                    .forEach(training::add);
            Set<LabelledText> judged = Collections.newSetFromMap(new IdentityHashMap<>());
            judged.addAll(allBut(folds, fold));
            LinearModel.Decision decision = chooseDecision(featurizer, training, judged, INNER_FOLDS, CUELESS_BANDS);
            LinearModel model = SentimentTrainer.train(featurizer, training, decision, List.of());
            long started = System.nanoTime();
            for (LabelledText row : folds.get(fold)) {
                List<TextFeature> features = featurizer.featureList(row.text());
                matrix.add(row.label(), decision.decide(model.probabilities(features), LinearModel.cued(features)));
            }
            seconds += (System.nanoTime() - started) / 1e9;
            afterFold.run();
        }
        return seconds;
    }

    /**
     * The neutral weight, polar band and cueless band with the best macro-F1 over a {@code k}-fold
     * cross-validation on {@code rows},
     * judged on the rows of {@code judged} (compared by identity): e.g. only the sets that have a neutral label.
     */
    public static LinearModel.Decision chooseDecision(
            String language, List<LabelledText> rows, Set<LabelledText> judged, int k, double[] cuelessBands) {
        return chooseDecision(new Featurizer(language), rows, judged, k, cuelessBands);
    }

    private static LinearModel.Decision chooseDecision(
            Featurizer featurizer, List<LabelledText> rows, Set<LabelledText> judged, int k, double[] cuelessBands) {
        List<List<LabelledText>> folds = folds(rows, k, SEED + 1);
        List<double[]> probabilities = new ArrayList<>();
        List<Boolean> cued = new ArrayList<>();
        List<SentimentLabel> gold = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            LinearModel model =
                    SentimentTrainer.train(featurizer, allBut(folds, fold), LinearModel.Decision.PLAIN, List.of());
            for (LabelledText row : folds.get(fold)) {
                if (judged.contains(row)) {
                    List<TextFeature> features = featurizer.featureList(row.text());
                    probabilities.add(model.rawProbabilities(features));
                    cued.add(LinearModel.cued(features));
                    gold.add(row.label());
                }
            }
        }
        LinearModel.Decision best = LinearModel.Decision.PLAIN;
        double bestF1 = -1;
        for (double cueless : cuelessBands) {
            for (double weight : NEUTRAL_WEIGHTS) {
                for (double band : POLAR_BANDS) {
                    LinearModel.Decision decision = new LinearModel.Decision(weight, band, cueless);
                    ConfusionMatrix matrix = new ConfusionMatrix();
                    for (int i = 0; i < gold.size(); i++) {
                        matrix.add(gold.get(i), decision.decide(decision.weigh(probabilities.get(i)), cued.get(i)));
                    }
                    if (matrix.macroF1() > bestF1 + 1e-9) {
                        bestF1 = matrix.macroF1();
                        best = decision;
                    }
                }
            }
        }
        return best;
    }

    private static List<LabelledText> allBut(List<List<LabelledText>> folds, int held) {
        List<LabelledText> rows = new ArrayList<>();
        for (int fold = 0; fold < folds.size(); fold++) {
            if (fold != held) {
                rows.addAll(folds.get(fold));
            }
        }
        return rows;
    }
}
