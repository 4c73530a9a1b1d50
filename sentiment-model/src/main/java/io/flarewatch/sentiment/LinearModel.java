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
 * label, and the settings of the decision chosen by cross-validation. Probabilities are the labels' sigmoids
 * normalised to sum to one, as liblinear computes them. Immutable and thread-safe. Stored as a tab-separated text
 * file whose {@code #} header says what it was trained on.
 */
public final class LinearModel {

    private static final int LABELS = SentimentLabel.values().length;

    private final Map<String, float[]> weights;
    private final double[] bias;
    private final boolean[] known;
    private final double neutralWeight;
    private final double polarBand;
    private final double cuelessBand;
    private final List<String> header;

    LinearModel(Map<String, float[]> weights, double[] bias, boolean[] known, Decision decision, List<String> header) {
        this.weights = weights;
        this.bias = bias;
        this.known = known;
        this.neutralWeight = decision.neutralWeight();
        this.polarBand = decision.polarBand();
        this.cuelessBand = decision.cuelessBand();
        this.header = List.copyOf(header);
    }

    /**
     * The settings of the decision, chosen by cross-validation.
     *
     * @param neutralWeight the neutral label's probability is multiplied by this before the labels are compared
     * @param polarBand     a text whose lean (P(positive) - P(negative)) / (P(positive) + P(negative)) is closer to 0
     *                      than this is neutral
     * @param cuelessBand   the same for a text without any sentiment cue (no word of the team's lexicon, emoji,
     *                      emoticon, "!", negation, shouting or elongation): learned topic words alone rarely make an
     *                      opinion
     */
    public record Decision(double neutralWeight, double polarBand, double cuelessBand) {

        /** Labels by probability alone. */
        public static final Decision PLAIN = new Decision(1.0, 0.0, 0.0);

        /** The probabilities (by {@link SentimentLabel#ordinal()}) with the neutral one weighted, renormalised. */
        double[] weigh(double[] raw) {
            double[] p = raw.clone();
            p[SentimentLabel.NEUTRAL.ordinal()] *= neutralWeight;
            double sum = p[0] + p[1] + p[2];
            for (int label = 0; label < p.length; label++) {
                p[label] /= sum;
            }
            return p;
        }

        /** The label of weighed probabilities {@code p} of a text with or without a sentiment cue. */
        SentimentLabel decide(double[] p, boolean cued) {
            double neutral = p[SentimentLabel.NEUTRAL.ordinal()];
            double negative = p[SentimentLabel.NEGATIVE.ordinal()];
            double positive = p[SentimentLabel.POSITIVE.ordinal()];
            double band = cued ? polarBand : Math.max(polarBand, cuelessBand);
            // how one-sided the text is if it takes a side at all: the neutral label's mass does not dilute it
            double lean = positive + negative == 0 ? 0 : (positive - negative) / (positive + negative);
            if (Math.abs(lean) < band || neutral > Math.max(positive, negative)) {
                return SentimentLabel.NEUTRAL;
            }
            return positive >= negative ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
        }
    }

    /** Whether any of the features is a sentiment cue rather than a learned word. */
    static boolean cued(List<TextFeature> features) {
        for (TextFeature feature : features) {
            String name = feature.name();
            if (name.equals("x:cue")
                    || name.startsWith("e:")
                    || name.startsWith("n:")
                    || name.startsWith("x:bang")
                    || name.equals("x:shouted")
                    || name.equals("x:elongated")) {
                return true;
            }
        }
        return false;
    }

    /** The settings this model decides with. */
    public Decision decision() {
        return new Decision(neutralWeight, polarBand, cuelessBand);
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
        return decision().weigh(rawProbabilities(features));
    }

    /** The labels' sigmoids normalised to sum to one, before any setting of the decision. */
    double[] rawProbabilities(List<TextFeature> features) {
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
                sum += p[label];
            }
        }
        for (int label = 0; label < LABELS; label++) {
            p[label] /= sum;
        }
        return p;
    }

    /** Writes the model: header lines, settings, then {@code feature<TAB>negative<TAB>neutral<TAB>positive}. */
    public void write(Writer out) {
        PrintWriter writer = new PrintWriter(out);
        header.forEach(line -> writer.println("# " + line));
        writer.printf(Locale.ROOT, "@neutral_weight\t%s%n", neutralWeight);
        writer.printf(Locale.ROOT, "@polar_band\t%s%n", polarBand);
        writer.printf(Locale.ROOT, "@cueless_band\t%s%n", cuelessBand);
        writer.printf(Locale.ROOT, "@labels\t%b\t%b\t%b%n", known[0], known[1], known[2]);
        writer.printf(Locale.ROOT, "@bias\t%.5f\t%.5f\t%.5f%n", bias[0], bias[1], bias[2]);
        new TreeMap<>(weights)
                .forEach((name, w) -> writer.printf(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f%n", name, w[0], w[1], w[2]));
        writer.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static LinearModel read(InputStream in) {
        Map<String, float[]> weights = new HashMap<>();
        double[] bias = new double[LABELS];
        boolean[] known = new boolean[LABELS];
        double neutralWeight = 1;
        double polarBand = 0;
        double cuelessBand = 0;
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
                    case "@polar_band" -> polarBand = Double.parseDouble(cells[1]);
                    case "@cueless_band" -> cuelessBand = Double.parseDouble(cells[1]);
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
                    default ->
                        weights.put(cells[0], new float[] {
                            Float.parseFloat(cells[1]), Float.parseFloat(cells[2]), Float.parseFloat(cells[3])
                        });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LinearModel(weights, bias, known, new Decision(neutralWeight, polarBand, cuelessBand), header);
    }
}
