package io.flarewatch.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trained one-versus-rest logistic regression over named features: one weight per feature and label, a bias per
 * label, and the neutral weight chosen by cross-validation. Probabilities are the labels' sigmoids normalised to
 * sum to one, as liblinear computes them. Immutable and thread-safe. Stored as a tab-separated text file whose
 * {@code #} header says what it was trained on.
 */
public final class LinearModel {

    private static final int LABELS = SentimentLabel.values().length;

    private final Map<String, float[]> weights;
    private final double[] bias;
    private final boolean[] known;
    private final double neutralWeight;
    private final List<String> header;

    LinearModel(Map<String, float[]> weights, double[] bias, boolean[] known, double neutralWeight, List<String> header) {
        this.weights = weights;
        this.bias = bias;
        this.known = known;
        this.neutralWeight = neutralWeight;
        this.header = List.copyOf(header);
    }

    /** The same model deciding with another neutral weight. */
    public LinearModel withNeutralWeight(double weight) {
        return new LinearModel(weights, bias, known, weight, header);
    }

    public double neutralWeight() {
        return neutralWeight;
    }

    boolean knowsNeutral() {
        return known[SentimentLabel.NEUTRAL.ordinal()];
    }

    public List<String> header() {
        return header;
    }

    public int featureCount() {
        return weights.size();
    }

    /** The feature's weights per label (indexed by {@link SentimentLabel#ordinal()}), or null if unknown. */
    float[] weightsOf(String feature) {
        return weights.get(feature);
    }

    /**
     * The probability of each label (indexed by ordinal), with the neutral one multiplied by the neutral weight and
     * all renormalised; labels the model never saw get 0.
     */
    double[] probabilities(List<TextFeature> features) {
        double[] decision = bias.clone();
        for (TextFeature feature : features) {
            float[] w = weights.get(feature.name());
            if (w != null) {
                for (int label = 0; label < LABELS; label++) {
                    decision[label] += w[label] * feature.value();
                }
            }
        }
        double[] p = new double[LABELS];
        double sum = 0;
        for (int label = 0; label < LABELS; label++) {
            if (known[label]) {
                p[label] = 1 / (1 + Math.exp(-decision[label]));
                if (label == SentimentLabel.NEUTRAL.ordinal()) {
                    p[label] *= neutralWeight;
                }
                sum += p[label];
            }
        }
        for (int label = 0; label < LABELS; label++) {
            p[label] /= sum;
        }
        return p;
    }

    /** Writes the model: the header lines, then settings, then {@code feature<TAB>negative<TAB>neutral<TAB>positive}. */
    public void write(Writer out) {
        PrintWriter writer = new PrintWriter(out);
        header.forEach(line -> writer.println("# " + line));
        writer.printf(Locale.ROOT, "@neutral_weight\t%s%n", neutralWeight);
        writer.printf(Locale.ROOT, "@labels\t%b\t%b\t%b%n", known[0], known[1], known[2]);
        writer.printf(Locale.ROOT, "@bias\t%.5f\t%.5f\t%.5f%n", bias[0], bias[1], bias[2]);
        new TreeMap<>(weights).forEach((name, w) ->
                writer.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", name, w[0], w[1], w[2]));
        writer.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static LinearModel read(InputStream in) {
        Map<String, float[]> weights = new HashMap<>();
        double[] bias = new double[LABELS];
        boolean[] known = new boolean[LABELS];
        double neutralWeight = 1;
        List<String> header = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("# ")) {
                    header.add(line.substring(2));
                    continue;
                }
                String[] cells = line.split("\t");
                switch (cells[0]) {
                    case "@neutral_weight" -> neutralWeight = Double.parseDouble(cells[1]);
                    case "@labels" -> {
                        for (int label = 0; label < LABELS; label++) {
                            known[label] = Boolean.parseBoolean(cells[label + 1]);
                        }
                    }
                    case "@bias" -> {
                        for (int label = 0; label < LABELS; label++) {
                            bias[label] = Double.parseDouble(cells[label + 1]);
                        }
                    }
                    default -> weights.put(cells[0], new float[] {Float.parseFloat(cells[1]), Float.parseFloat(cells[2]),
                            Float.parseFloat(cells[3])});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LinearModel(weights, bias, known, neutralWeight, header);
    }
}
