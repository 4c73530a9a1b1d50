package io.flarewatch.sentiment.cli;

import io.flarewatch.sentiment.LexiconLearner;
import io.flarewatch.sentiment.SentimentLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bin/flarewatch learn-lexicon --lang pl|en FILE...}: learns word valences from {@code label<TAB>text} files
 * and prints them as a learned lexicon ({@code key<TAB>valence}), e.g. for
 * {@code sentiment-model/src/main/resources/io/flarewatch/sentiment/lexicon/learned-pl.tsv}.
 */
public final class LearnLexiconCommand {

    static final String USAGE = "usage: bin/flarewatch learn-lexicon --lang pl|en FILE...   (FILE: label<TAB>text per line)";

    private LearnLexiconCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
            if (arguments.files().isEmpty() || arguments.hint() == null) {
                throw new IllegalArgumentException("learn-lexicon needs --lang pl or en and at least one FILE");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<LexiconLearner.Example> examples = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (String file : arguments.files()) {
            try {
                for (String[] row : EvalSentimentCommand.readRows(Path.of(file))) {
                    examples.add(new LexiconLearner.Example(SentimentLabel.valueOf(row[0].toUpperCase(Locale.ROOT)), row[1]));
                }
                sources.add(Path.of(file).getFileName().toString());
            } catch (IOException | IllegalArgumentException e) {
                err.println("cannot read " + file + ": " + e.getMessage());
                return 1;
            }
        }
        Map<String, Double> learned = LexiconLearner.learn(examples, arguments.hint());
        out.println("# Learned " + arguments.hint() + " valences (naive Bayes log-count ratios) from " + String.join(", ", sources)
                + "; see NOTICE for the sources' licences. key<TAB>valence");
        learned.forEach((key, valence) -> out.println(key + "\t" + valence));
        err.printf("learned %d words from %d texts%n", learned.size(), examples.size());
        return 0;
    }
}
