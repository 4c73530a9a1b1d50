package io.flarewatch.sentiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * K-fold cross-validation of the learned model: identical texts (whatever their labels or files) always fall into
 * the same fold, so no scored text is ever learned from; folds are drawn with a fixed seed. Also chooses the neutral
 * weight, the one setting of the decision, by cross-validation on the training texts alone.
 */
public final class CrossValidation {

    /** The seed of fold assignment: the same command gives the same figures. */
    public static final long SEED = 20_170_401L;
    /** The neutral weights tried; the one with the best cross-validated macro-F1 is kept. */
    static final double[] NEUTRAL_WEIGHTS = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
    /** Folds of the inner cross-validation that chooses the neutral weight. */
    static final int INNER_FOLDS = 3;

    private CrossValidation() {
    }

    /** The rows split into {@code k} folds; identical texts (compared case- and space-insensitively) share a fold. */
    public static List<List<LabelledText>> folds(List<LabelledText> rows, int k, long seed) {
        Map<String, List<LabelledText>> byText = new LinkedHashMap<>();
        for (LabelledText row : rows) {
            byText.computeIfAbsent(sameTextKey(row.text()), key -> new ArrayList<>()).add(row);
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
     * from {@code otherSets} (less any text of the fold, whatever set it comes from; the neutral weight chosen by an
     * inner cross-validation on them) scores the fold; the labels go into the matrix.
     *
     * @return the seconds spent deciding (the texts are analysed once, before)
     */
    public static double crossValidate(String language, List<LabelledText> rows, List<LabelledText> otherSets, int k,
            ConfusionMatrix matrix, Runnable afterFold) {
        List<List<LabelledText>> folds = folds(rows, k, SEED);
        Featurizer featurizer = new Featurizer(language);
        double seconds = 0;
        for (int fold = 0; fold < k; fold++) {
            List<LabelledText> training = allBut(folds, fold);
            Set<String> held = new HashSet<>();
            folds.get(fold).forEach(row -> held.add(sameTextKey(row.text())));
            otherSets.stream().filter(row -> !held.contains(sameTextKey(row.text()))).forEach(training::add);
            double neutralWeight = chooseNeutralWeight(featurizer, training, INNER_FOLDS);
            LinearModel model = SentimentTrainer.train(featurizer, training, neutralWeight, List.of());
            long started = System.nanoTime();
            for (LabelledText row : folds.get(fold)) {
                matrix.add(row.label(), decide(model.probabilities(featurizer.featureList(row.text())), 1.0));
            }
            seconds += (System.nanoTime() - started) / 1e9;
            afterFold.run();
        }
        return seconds;
    }

    /** The neutral weight with the best macro-F1 over a {@code k}-fold cross-validation on {@code rows}. */
    public static double chooseNeutralWeight(String language, List<LabelledText> rows, int k) {
        return chooseNeutralWeight(new Featurizer(language), rows, k);
    }

    private static double chooseNeutralWeight(Featurizer featurizer, List<LabelledText> rows, int k) {
        if (rows.stream().noneMatch(row -> row.label() == SentimentLabel.NEUTRAL)) {
            return 1.0;
        }
        List<List<LabelledText>> folds = folds(rows, k, SEED + 1);
        List<double[]> probabilities = new ArrayList<>();
        List<SentimentLabel> gold = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            LinearModel model = SentimentTrainer.train(featurizer, allBut(folds, fold), 1.0, List.of());
            for (LabelledText row : folds.get(fold)) {
                probabilities.add(model.probabilities(featurizer.featureList(row.text())));
                gold.add(row.label());
            }
        }
        double best = 1.0;
        double bestF1 = -1;
        for (double weight : NEUTRAL_WEIGHTS) {
            ConfusionMatrix matrix = new ConfusionMatrix();
            for (int i = 0; i < gold.size(); i++) {
                matrix.add(gold.get(i), decide(probabilities.get(i), weight));
            }
            if (matrix.macroF1() > bestF1) {
                bestF1 = matrix.macroF1();
                best = weight;
            }
        }
        return best;
    }

    /** The label with the highest probability once the neutral one is multiplied by {@code neutralWeight}. */
    static SentimentLabel decide(double[] p, double neutralWeight) {
        double[] weighted = p.clone();
        weighted[SentimentLabel.NEUTRAL.ordinal()] *= neutralWeight;
        int best = 0;
        for (int label = 1; label < weighted.length; label++) {
            if (weighted[label] > weighted[best]) {
                best = label;
            }
        }
        return SentimentLabel.values()[best];
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
