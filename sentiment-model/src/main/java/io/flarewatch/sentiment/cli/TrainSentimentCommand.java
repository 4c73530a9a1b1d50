package io.flarewatch.sentiment.cli;

import io.flarewatch.sentiment.CrossValidation;
import io.flarewatch.sentiment.LabelledText;
import io.flarewatch.sentiment.LanguageIdentifier;
import io.flarewatch.sentiment.LinearModel;
import io.flarewatch.sentiment.SentimentLabel;
import io.flarewatch.sentiment.SentimentTrainer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code bin/flarewatch train-sentiment [DATA_DIR] [--out DIR]}: rebuilds the shipped model files from the shared
 * labelled sets ({@code DATA_DIR/sentiment/*.tsv}, default {@code ../shared/data}): one logistic-regression model per
 * language learned from that language's sets (decision settings chosen by 5-fold cross-validation on them) and the
 * Polish/English identifier. Deterministic: the same sets give the same files.
 */
public final class TrainSentimentCommand {

    static final String USAGE = "usage: bin/flarewatch train-sentiment [DATA_DIR] [--out DIR]"
            + "   (DATA_DIR default ../shared/data; DIR default " + TrainSentimentCommand.DEFAULT_OUT + ")";
    static final String DEFAULT_OUT = "sentiment-model/src/main/resources/io/flarewatch/sentiment/model";
    /** The sets each language's model learns from: all the shared sets of that language made of mentions. */
    static final Map<String, List<String>> TRAINING_SETS = Map.of(
            "pl", List.of("pl-allegro-reviews-train.tsv", "pl-tweets-a.tsv"),
            "en", List.of("en-semeval2017-val.tsv", "en-tweets-mozetic.tsv"));

    static final Map<String, String> LICENCES = Map.of(
            "pl-allegro-reviews-train.tsv", "Allegro Reviews (KLEJ), CC BY-SA 4.0",
            "pl-tweets-a.tsv", "Mozetič et al. 2016 (CLARIN.SI), CC BY-SA 4.0",
            "en-tweets-mozetic.tsv", "Mozetič et al. 2016 (CLARIN.SI), CC BY-SA 4.0",
            "en-semeval2017-val.tsv", "SemEval-2017 Task 4A via TweetEval");
    private static final int FOLDS = 5;

    private TrainSentimentCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Path data = Path.of("../shared/data");
        Path target = Path.of(DEFAULT_OUT);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                target = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                err.println("unknown option " + args[i]);
                err.println(USAGE);
                return 2;
            } else {
                data = Path.of(args[i]);
            }
        }
        try {
            Files.createDirectories(target);
            Map<String, List<LabelledText>> texts = new TreeMap<>();
            LinearModel english =
                    trainLanguage("en", texts, data.resolve("sentiment"), target, CrossValidation.CUELESS_BANDS, out);
            // Only English has a set whose neutral class is ordinary posts (SemEval's neutral tweets; Allegro's
            // 3-star reviews are mixed opinions): how far a text without any sentiment cue must lean is taken
            // from there, on the language-independent lean of the probabilities.
            trainLanguage(
                    "pl",
                    texts,
                    data.resolve("sentiment"),
                    target,
                    new double[] {english.decision().cuelessBand()},
                    out);
            trainIdentifier(texts, target, out);
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot train: " + e.getMessage());
            err.println(USAGE);
            return 1;
        }
    }

    private static LinearModel trainLanguage(
            String language,
            Map<String, List<LabelledText>> texts,
            Path sets,
            Path target,
            double[] cuelessBands,
            PrintStream out)
            throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        Set<LabelledText> judged = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> described = new ArrayList<>();
        for (String set : TRAINING_SETS.get(language)) {
            List<LabelledText> read = LabelledFile.read(sets.resolve(set));
            rows.addAll(read);
            if (read.stream().anyMatch(row -> row.label() == SentimentLabel.NEUTRAL)) {
                judged.addAll(read);
            }
            described.add(set + " (" + read.size() + " texts; " + LICENCES.get(set) + ")");
        }
        // the neutral-versus-polar settings can only be judged on the sets that have a neutral label
        LinearModel.Decision decision = CrossValidation.chooseDecision(language, rows, judged, FOLDS, cuelessBands);
        List<String> header = List.of(
                "Flarewatch sentiment model for " + language + ", made by bin/flarewatch train-sentiment:"
                        + " liblinear 2.44 L2R_LR (one versus rest), features of"
                        + " io.flarewatch.sentiment.FeatureExtractor.",
                "Trained on: " + String.join(", ", described) + ". See NOTICE for the licences.",
                String.format(
                        Locale.ROOT,
                        "Neutral weight %.2f, polar band %.2f, cueless band %.2f chosen by %d-fold"
                                + " cross-validation (best macro-F1 on the sets with a neutral label; Polish takes the English"
                                + " cueless band). Lines: feature<TAB>negative<TAB>neutral<TAB>positive weights.",
                        decision.neutralWeight(),
                        decision.polarBand(),
                        decision.cuelessBand(),
                        FOLDS));
        LinearModel model = SentimentTrainer.train(language, rows, decision, header);
        Path file = target.resolve(language + ".tsv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(writer);
        }
        out.printf(
                Locale.ROOT,
                "%s: %d texts, %d features, %s -> %s%n",
                language,
                rows.size(),
                model.featureCount(),
                decision,
                file);
        texts.put(language, rows);
        return model;
    }

    private static void trainIdentifier(Map<String, List<LabelledText>> texts, Path target, PrintStream out)
            throws IOException {
        LanguageIdentifier identifier = LanguageIdentifier.train(
                texts.get("pl").stream().map(LabelledText::text).toList(),
                texts.get("en").stream().map(LabelledText::text).toList());
        Path file = target.resolve("langid.tsv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            identifier.write(
                    writer,
                    List.of("Flarewatch Polish/English identifier made by bin/flarewatch"
                            + " train-sentiment:"
                            + " character 1..4-gram log-probabilities (naive Bayes) of the texts of "
                            + String.join(", ", TRAINING_SETS.get("pl")) + " (pl) and "
                            + String.join(", ", TRAINING_SETS.get("en"))
                            + " (en). See NOTICE. Lines: gram<TAB>log p(pl)<TAB>log p(en), _ for a space."));
        }
        out.println("language identifier -> " + file);
    }
}
