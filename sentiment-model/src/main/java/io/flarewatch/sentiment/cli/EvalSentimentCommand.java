package io.flarewatch.sentiment.cli;

import io.flarewatch.sentiment.LexiconLearner;
import io.flarewatch.sentiment.SentimentLabel;
import io.flarewatch.sentiment.SentimentModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/flarewatch eval-sentiment FILE [--lang pl|en|auto]}: scores a {@code label<TAB>text} file and prints
 * the confusion matrix, per-class precision and recall, and as the last line
 * {@code n=… accuracy=… macro_f1=… macro_recall=… docs_per_s=…} (averaged over the classes present in the gold labels).
 */
public final class EvalSentimentCommand {

    static final String USAGE = "usage: bin/flarewatch eval-sentiment FILE [--lang pl|en|auto] [--cv K]   (FILE: label<TAB>text per line)\n"
            + "  --cv K: K-fold cross-validation of learned valences: learn from K-1 folds of FILE (with --lang pl|en), score the other;\n"
            + "         the bundled valences learned from a file of the same name are left out";

    private EvalSentimentCommand() {
    }

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
                throw new IllegalArgumentException("--cv needs --lang pl or --lang en: the language the valences are learned for");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<String[]> rows;
        try {
            rows = readRows(Path.of(arguments.files().get(0)));
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read " + arguments.files().get(0) + ": " + e.getMessage());
            return 1;
        }
        ConfusionMatrix matrix = new ConfusionMatrix();
        double seconds = arguments.folds() > 0 ? crossValidate(rows, arguments, Path.of(arguments.files().get(0)).getFileName().toString(), matrix, err)
                : evaluate(SentimentModel.loadDefault(), rows, arguments.hint(), matrix);
        matrix.print(out);
        out.printf(Locale.ROOT, "n=%d accuracy=%.4f macro_f1=%.4f macro_recall=%.4f docs_per_s=%.0f%n", matrix.total(),
                matrix.accuracy(), matrix.macroF1(), matrix.macroRecall(), rows.size() / Math.max(seconds, 1e-9));
        return 0;
    }

    /** Scores every row with {@code model}; returns the seconds spent scoring. */
    private static double evaluate(SentimentModel model, List<String[]> rows, String hint, ConfusionMatrix matrix) {
        long started = System.nanoTime();
        for (String[] row : rows) {
            matrix.add(label(row), model.score(row[1], hint).label());
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * K-fold cross-validation: valences learned from the other folds (plus the bundled ones of the other training
     * sets), never from the rows being scored nor from the bundled file learned from this set.
     */
    private static double crossValidate(List<String[]> rows, Arguments arguments, String sourceName, ConfusionMatrix matrix,
            PrintStream err) {
        double seconds = 0;
        for (int fold = 0; fold < arguments.folds(); fold++) {
            List<LexiconLearner.Example> training = new ArrayList<>();
            List<String[]> held = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % arguments.folds() == fold) {
                    held.add(rows.get(i));
                } else {
                    training.add(new LexiconLearner.Example(label(rows.get(i)), rows.get(i)[1]));
                }
            }
            SentimentModel model = SentimentModel.withLearnedReplacing(arguments.hint(), sourceName,
                    LexiconLearner.learn(training, arguments.hint()));
            seconds += evaluate(model, held, arguments.hint(), matrix);
            err.printf("fold %d/%d done%n", fold + 1, arguments.folds());
        }
        return seconds;
    }

    private static SentimentLabel label(String[] row) {
        return SentimentLabel.valueOf(row[0].toUpperCase(Locale.ROOT));
    }

    static List<String[]> readRows(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab).trim();
            if (!List.of("negative", "neutral", "positive").contains(label)) {
                throw new IllegalArgumentException("line " + number + " does not start with negative, neutral or positive and a tab");
            }
            rows.add(new String[] {label, line.substring(tab + 1)});
        }
        return rows;
    }
}
