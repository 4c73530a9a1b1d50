package io.flarewatch.sentiment;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a language's {@link LinearModel} from labelled texts with liblinear's L2-regularised logistic regression
 * (one versus rest, each label's errors weighed inversely to its share; deterministic: liblinear's random generator
 * is reset before each run).
 */
public final class SentimentTrainer {

    /** Inverse regularisation strength; 0.5 kept the cross-validated figures best among 0.25, 0.5 and 1. */
    static final double COST = 0.5;
    /** liblinear's stopping tolerance for L2R_LR. */
    static final double EPSILON = 0.01;
    /** A feature seen in fewer texts than this is left out: it would only memorise its text. */
    static final int MIN_TEXTS = 2;

    private SentimentTrainer() {}

    /** A model learned from {@code examples} in {@code language}, deciding with {@code decision}. */
    public static LinearModel train(
            String language, List<LabelledText> examples, LinearModel.Decision decision, List<String> header) {
        return train(new Featurizer(language), examples, decision, header);
    }

    /** As {@link #train(String, List, double, List)}, with the texts' features from {@code featurizer}. */
    static LinearModel train(
            Featurizer featurizer, List<LabelledText> examples, LinearModel.Decision decision, List<String> header) {
        List<Map<String, Double>> documents = new ArrayList<>(examples.size());
        Map<String, Integer> textCounts = new HashMap<>();
        for (LabelledText example : examples) {
            Map<String, Double> document = featurizer.features(example.text());
            document.keySet().forEach(name -> textCounts.merge(name, 1, Integer::sum));
            documents.add(document);
        }
        List<String> vocabulary = textCounts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_TEXTS)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i + 1);
        }
        Problem problem = problem(examples, documents, index);
        Linear.setDebugOutput(null);
        Linear.resetRandom();
        Parameter parameter = new Parameter(SolverType.L2R_LR, COST, EPSILON);
        balance(parameter, examples);
        Model model = Linear.train(problem, parameter);
        return toLinearModel(model, vocabulary, decision, header);
    }

    /** Each label's errors weigh inversely to its share of the texts, so a rare label is not drowned out. */
    private static void balance(Parameter parameter, List<LabelledText> examples) {
        int[] counts = new int[SentimentLabel.values().length];
        examples.forEach(example -> counts[example.label().ordinal()]++);
        int present = (int) Arrays.stream(counts).filter(c -> c > 0).count();
        int[] labels = new int[present];
        double[] weights = new double[present];
        int next = 0;
        for (int label = 0; label < counts.length; label++) {
            if (counts[label] > 0) {
                labels[next] = label;
                weights[next++] = examples.size() / (double) (present * counts[label]);
            }
        }
        parameter.setWeights(weights, labels);
    }

    private static Problem problem(
            List<LabelledText> examples, List<Map<String, Double>> documents, Map<String, Integer> index) {
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size() + 1;
        problem.bias = 1;
        problem.y = new double[problem.l];
        problem.x = new Feature[problem.l][];
        for (int i = 0; i < problem.l; i++) {
            problem.y[i] = examples.get(i).label().ordinal();
            List<FeatureNode> nodes = new ArrayList<>();
            documents.get(i).forEach((name, value) -> {
                Integer column = index.get(name);
                if (column != null) {
                    nodes.add(new FeatureNode(column, value));
                }
            });
            nodes.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
            nodes.add(new FeatureNode(problem.n, problem.bias));
            problem.x[i] = nodes.toArray(new Feature[0]);
        }
        return problem;
    }

    /** liblinear keeps one weight vector for two labels (for its first label) and one per label for three. */
    private static LinearModel toLinearModel(
            Model model, List<String> vocabulary, LinearModel.Decision decision, List<String> header) {
        int[] labels = model.getLabels();
        double[] w = model.getFeatureWeights();
        int vectors = labels.length == 2 ? 1 : labels.length;
        boolean[] known = new boolean[SentimentLabel.values().length];
        for (int label : labels) {
            known[label] = true;
        }
        Map<String, float[]> weights = new HashMap<>();
        for (int f = 0; f < vocabulary.size(); f++) {
            float[] perLabel = perLabel(w, f, vectors, labels);
            if (Math.abs(perLabel[0]) + Math.abs(perLabel[1]) + Math.abs(perLabel[2]) >= 1e-3) {
                weights.put(vocabulary.get(f), perLabel);
            }
        }
        float[] bias = perLabel(w, vocabulary.size(), vectors, labels);
        return new LinearModel(weights, new double[] {bias[0], bias[1], bias[2]}, known, decision, header);
    }

    private static float[] perLabel(double[] w, int feature, int vectors, int[] labels) {
        float[] perLabel = new float[SentimentLabel.values().length];
        if (vectors == 1) {
            perLabel[labels[0]] = (float) w[feature];
            perLabel[labels[1]] = (float) -w[feature];
        } else {
            for (int v = 0; v < vectors; v++) {
                perLabel[labels[v]] = (float) w[feature * vectors + v];
            }
        }
        return perLabel;
    }
}
