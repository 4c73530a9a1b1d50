package io.flarewatch.sentiment;

import java.io.PrintStream;
import java.util.Locale;

/** Counts of gold versus predicted labels, with the metrics averaged over the classes present in the gold labels. */
public final class ConfusionMatrix {

    private final long[][] counts = new long[3][3];

    public void add(SentimentLabel gold, SentimentLabel predicted) {
        counts[gold.ordinal()][predicted.ordinal()]++;
    }

    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < 3; i++) {
            correct += counts[i][i];
        }
        return total() == 0 ? 0 : (double) correct / total();
    }

    public double precision(int label) {
        long predicted = 0;
        for (int g = 0; g < 3; g++) {
            predicted += counts[g][label];
        }
        return predicted == 0 ? 0 : (double) counts[label][label] / predicted;
    }

    public double recall(int label) {
        long gold = goldCount(label);
        return gold == 0 ? 0 : (double) counts[label][label] / gold;
    }

    public double macroRecall() {
        return averageOverGoldClasses(true);
    }

    public double macroF1() {
        return averageOverGoldClasses(false);
    }

    private double averageOverGoldClasses(boolean recallOnly) {
        double sum = 0;
        int classes = 0;
        for (int label = 0; label < 3; label++) {
            if (goldCount(label) == 0) {
                continue;
            }
            double p = precision(label);
            double r = recall(label);
            sum += recallOnly ? r : (p + r == 0 ? 0 : 2 * p * r / (p + r));
            classes++;
        }
        return classes == 0 ? 0 : sum / classes;
    }

    private long goldCount(int label) {
        long gold = 0;
        for (long count : counts[label]) {
            gold += count;
        }
        return gold;
    }

    public void print(PrintStream out) {
        out.println("gold \\ predicted   negative    neutral   positive");
        for (SentimentLabel gold : SentimentLabel.values()) {
            long[] row = counts[gold.ordinal()];
            out.printf(Locale.ROOT, "%-17s %9d %10d %10d%n", gold.wireName(), row[0], row[1], row[2]);
        }
        out.println();
        out.println("class      precision  recall");
        for (SentimentLabel label : SentimentLabel.values()) {
            out.printf(
                    Locale.ROOT,
                    "%-10s %9.4f %7.4f%n",
                    label.wireName(),
                    precision(label.ordinal()),
                    recall(label.ordinal()));
        }
    }
}
