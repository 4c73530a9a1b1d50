package io.flarewatch.bench;

import io.flarewatch.sentiment.SentimentModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sentiment model alone on thousands of distinct mentions, one thread (so the score is mentions per second per
 * core), language identified, the model loaded afresh for each iteration so its word cache starts cold. The texts are
 * the shared tweet sets' ({@code -Dflarewatch.sentiment.data=../shared/data/sentiment}: pl-tweets-a; en-tweets-mozetic
 * and en-semeval2017-val) or, without them, mentions generated from the team's phrases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class SentimentBenchmark {

    private static final int GENERATED = 5_000;

    @Param({"pl", "en"})
    String language;

    private SentimentModel model;
    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void readTexts() {
        String data = System.getProperty("flarewatch.sentiment.data");
        texts = data == null ? GeneratedMentions.of(language, GENERATED, new Random(1)) : read(Path.of(data));
        System.out.printf(
                "%n%d distinct %s mentions from %s%n", texts.size(), language, data == null ? "the generator" : data);
    }

    @Setup(Level.Iteration)
    public void loadModel() {
        model = SentimentModel.loadDefault();
    }

    /** One mention scored, language identified; the score is mentions per second. */
    @Benchmark
    public Object scoreOneMention() {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        return model.score(text, null);
    }

    /** The tweet sets of the language: mentions, not reviews (an Allegro review is several times longer). */
    private boolean isMentionSet(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(language + "-") && (name.contains("tweets") || name.contains("semeval"));
    }

    private List<String> read(Path directory) {
        List<String> distinct = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(this::isMentionSet).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        distinct.add(line.substring(tab + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(new LinkedHashSet<>(distinct));
    }
}
