package io.flarewatch.sentiment.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flarewatch.sentiment.ConfusionMatrix;
import io.flarewatch.sentiment.LabelledText;
import io.flarewatch.sentiment.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scores texts with VADER (npm {@code vader-sentiment@1.1.3}) through node, for the {@code --compare-vader} figures:
 * the package is installed once into {@code ~/.cache/flarewatch/vader}; compound >= 0.05 is positive, <= -0.05
 * negative, else neutral (VADER's own cut-offs).
 */
final class VaderScorer {

    static final String PACKAGE = "vader-sentiment@1.1.3";
    static final double THRESHOLD = 0.05;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = String.join(
            "\n",
            "const vader = require('vader-sentiment');",
            "const rl = require('readline').createInterface({input: process.stdin});",
            "const score = t => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound;",
            "rl.on('line', l => console.log(score(JSON.parse(l))));");

    /** VADER cannot run here (no node or npm, or the install failed). */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private VaderScorer() {}

    static ConfusionMatrix evaluate(List<LabelledText> rows) throws Unavailable {
        Path home = Path.of(System.getProperty("user.home"), ".cache", "flarewatch", "vader");
        install(home);
        ConfusionMatrix matrix = new ConfusionMatrix();
        try {
            Path input = Files.createTempFile("vader-input", ".jsonl");
            try (Writer writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                for (LabelledText row : rows) {
                    writer.write(JSON.writeValueAsString(row.text()) + "\n");
                }
            }
            Process node = new ProcessBuilder("node", "-e", SCRIPT)
                    .directory(home.toFile())
                    .redirectInput(input.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (LabelledText row : rows) {
                    String line = reader.readLine();
                    if (line == null) {
                        throw new Unavailable("node stopped before scoring every text");
                    }
                    matrix.add(row.label(), label(Double.parseDouble(line)));
                }
            }
            node.waitFor(1, TimeUnit.MINUTES);
            Files.deleteIfExists(input);
            return matrix;
        } catch (IOException e) {
            throw new Unavailable("cannot run node: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    static SentimentLabel label(double compound) {
        return compound >= THRESHOLD
                ? SentimentLabel.POSITIVE
                : compound <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }

    private static void install(Path home) throws Unavailable {
        if (Files.isDirectory(home.resolve("node_modules").resolve("vader-sentiment"))) {
            return;
        }
        try {
            Files.createDirectories(home);
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--prefix", home.toString(), PACKAGE)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new Unavailable("npm install " + PACKAGE + " failed");
            }
        } catch (IOException e) {
            throw new Unavailable("node and npm are needed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }
}
