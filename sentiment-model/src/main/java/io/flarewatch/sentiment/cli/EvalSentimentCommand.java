package io.flarewatch.sentiment.cli;

import io.flarewatch.sentiment.ConfusionMatrix;
import io.flarewatch.sentiment.CrossValidation;
import io.flarewatch.sentiment.LabelledText;
import io.flarewatch.sentiment.SentimentModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/flarewatch eval-sentiment FILE [--lang pl|en|auto] [--cv K] [--compare-vader]}: scores a
 * {@code label<TAB>text} file and prints the confusion matrix, per-class precision and recall, and as the last line
 * {@code n=… accuracy=… macro_f1=… macro_recall=… docs_per_s=…} (averaged over the classes present in the
 * gold labels), followed with {@code --compare-vader} by VADER's figures on the same file and the differences.
 */
public final class EvalSentimentCommand {

    static final String USAGE = "usage: bin/flarewatch eval-sentiment FILE [--lang pl|en|auto] [--cv K]"
            + " [--compare-vader]"
            + "   (FILE: label<TAB>text per line)\n"
            + "  --cv K: K-fold cross-validation: a model learned from K-1 folds of FILE (with --lang pl|en)\n"
            + "         and the language's other training sets beside FILE scores the other fold;\n"
            + "         no text of that fold is learned from, whatever its file\n"
            + "  --compare-vader: also score FILE with VADER (npm vader-sentiment@1.1.3 through node)\n"
            + "         and print vader_* and vs_vader_* figures";

    private EvalSentimentCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
            if (arguments.files().size() != 1) {
                throw new IllegalArgumentException("eval-sentiment needs exactly one FILE");
            }
            if (arguments.folds() > 0 && arguments.hint() == null) {
                throw new IllegalArgumentException("--cv needs --lang pl or --lang en: the language the model learns");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<LabelledText> rows;
        try {
            rows = LabelledFile.read(Path.of(arguments.files().get(0)));
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read " + arguments.files().get(0) + ": " + e.getMessage());
            return 1;
        }
        ConfusionMatrix matrix = new ConfusionMatrix();
        double seconds;
        if (arguments.folds() > 0) {
            int[] done = {0};
            List<LabelledText> otherSets =
                    otherTrainingSets(Path.of(arguments.files().get(0)), arguments.hint(), err);
            seconds = CrossValidation.crossValidate(
                    arguments.hint(),
                    rows,
                    otherSets,
                    arguments.folds(),
                    matrix,
                    () -> err.printf("fold %d/%d done%n", ++done[0], arguments.folds()));
        } else {
            seconds = evaluate(SentimentModel.loadDefault(), rows, arguments.hint(), matrix);
        }
        matrix.print(out);
        String line = String.format(
                Locale.ROOT,
                "n=%d accuracy=%.4f macro_f1=%.4f macro_recall=%.4f docs_per_s=%.0f",
                matrix.total(),
                matrix.accuracy(),
                matrix.macroF1(),
                matrix.macroRecall(),
                rows.size() / Math.max(seconds, 1e-9));
        if (arguments.compareVader()) {
            line += vaderFigures(rows, matrix, err);
        }
        out.println(line);
        return 0;
    }

    private static String vaderFigures(List<LabelledText> rows, ConfusionMatrix ours, PrintStream err) {
        try {
            ConfusionMatrix vader = VaderScorer.evaluate(rows);
            return String.format(
                    Locale.ROOT,
                    " vader_accuracy=%.4f vader_macro_f1=%.4f vader_macro_recall=%.4f"
                            + " vs_vader_accuracy=%+.4f vs_vader_macro_f1=%+.4f vs_vader_macro_recall=%+.4f",
                    vader.accuracy(),
                    vader.macroF1(),
                    vader.macroRecall(),
                    ours.accuracy() - vader.accuracy(),
                    ours.macroF1() - vader.macroF1(),
                    ours.macroRecall() - vader.macroRecall());
        } catch (VaderScorer.Unavailable e) {
            err.println("VADER comparison skipped: " + e.getMessage());
            return "";
        }
    }

    /**
     * The other sets the shipped model of {@code language} learns from, read from FILE's directory: a fold's model
     * learns from them too (less the fold's own texts), as the shipped one does.
     */
    private static List<LabelledText> otherTrainingSets(Path file, String language, PrintStream err) {
        List<LabelledText> rows = new ArrayList<>();
        for (String set : TrainSentimentCommand.TRAINING_SETS.get(language)) {
            Path other = file.toAbsolutePath().resolveSibling(set);
            if (other.getFileName().equals(file.getFileName())) {
                continue;
            }
            try {
                rows.addAll(LabelledFile.read(other));
                err.println("each fold also learns from " + set);
            } catch (IOException | IllegalArgumentException e) {
                err.println("each fold learns from FILE alone: cannot read " + other + " (" + e.getMessage() + ")");
            }
        }
        return rows;
    }

    /** Scores every row with {@code model}; returns the seconds spent scoring. */
    private static double evaluate(SentimentModel model, List<LabelledText> rows, String hint, ConfusionMatrix matrix) {
        long started = System.nanoTime();
        for (LabelledText row : rows) {
            matrix.add(row.label(), model.score(row.text(), hint).label());
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
