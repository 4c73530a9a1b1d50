package io.flarewatch.bench;

import io.flarewatch.brand.BrandMatcher;
import io.flarewatch.brand.BrandQuery;
import io.flarewatch.brand.MentionDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Brand matching at scale: 1,000 brand queries of realistic shape (a few names, some exclusions, some NEAR)
 * against tweet-length Polish and English mentions, on one thread. Prints mentions/s (the JMH score) and the
 * heap the matcher holds. On a shared, busy machine the wall-clock score understates the matcher, so each
 * iteration also prints mentions per second of the benchmark thread's own CPU time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class BrandMatcherBenchmark {

    private static final String[] SYLLABLES = {
        "ka", "ro", "mi", "lex", "tor", "pol", "an", "vi", "sta", "net", "bud", "ex", "flo", "gra", "zen", "tel", "mar",
        "kom", "dro", "pak"
    };
    private static final String[] CONTEXT = {
        "sklep",
        "paczka",
        "kurier",
        "dostawa",
        "reklamacja",
        "infolinia",
        "aplikacja",
        "cena",
        "promocja",
        "konto",
        "przelew",
        "zasięg",
        "awaria",
        "zwrot",
        "obsługa",
        "order",
        "delivery",
        "refund",
        "support",
        "app",
        "price",
        "store",
        "account",
        "signal"
    };
    private static final String[] FILLER = ("dzisiaj znowu czekam na to od rana i nic się nie dzieje jak zwykle "
                    + "a ja mam dość już trzeci raz w tym tygodniu naprawdę świetnie polecam wszystkim "
                    + "today again waiting for this since morning nothing happens as usual really great thanks")
            .split(" ");

    @Param({"1000"})
    int brands;

    private BrandMatcher matcher;
    private List<MentionDocument> mentions;
    private int next;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long iterationCpuStart;
    private long iterationStart;

    @Setup(Level.Trial)
    public void buildMatcher() throws Exception {
        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < brands; i++) {
            names.add(name(random));
        }
        long before = usedHeap();
        matcher = new BrandMatcher();
        for (int i = 0; i < brands; i++) {
            matcher.upsert("brand-" + i, BrandQuery.parse(query(names.get(i), random)));
        }
        long after = usedHeap();
        mentions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            mentions.add(mention(names, random));
        }
        System.out.printf(
                "%nmatcher with %d brand queries holds about %.1f MB of heap%n", brands, (after - before) / 1e6);
    }

    /** Remembers where the iteration started; runs on the benchmark thread itself. */
    @Setup(Level.Iteration)
    public void startIteration() {
        iterationStart = next;
        iterationCpuStart = threads.getCurrentThreadCpuTime();
    }

    /** Prints the iteration's mentions per CPU-second of the benchmark thread. */
    @TearDown(Level.Iteration)
    public void endIteration() {
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - iterationCpuStart) / 1e9;
        System.out.printf(
                "  [%.0f mentions per CPU-second of the matching thread]%n", (next - iterationStart) / cpuSeconds);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        matcher.close();
    }

    /** One mention matched against every brand; the score is mentions per second. */
    @Benchmark
    public void matchOneMention(Blackhole hole) {
        hole.consume(matcher.match(mentions.get(next++ % mentions.size())));
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return name.toString();
    }

    /** A brand query as PR teams write them: names, some exclusions, some NEAR. */
    private static String query(String name, Random random) {
        String alias = name + "pl";
        StringBuilder query = new StringBuilder("(" + name + " OR " + alias + " OR \"" + name + " polska\")");
        if (random.nextInt(3) == 0) {
            query.append(" -(").append(CONTEXT[random.nextInt(CONTEXT.length)]).append(" OR praca*)");
        }
        if (random.nextInt(4) == 0) {
            query = new StringBuilder(name + " NEAR/5 (" + CONTEXT[random.nextInt(CONTEXT.length)] + " OR "
                    + CONTEXT[random.nextInt(CONTEXT.length)] + ")");
        }
        return query.toString();
    }

    /** A tweet-length mention; one in five names a brand. */
    private static MentionDocument mention(List<String> names, Random random) {
        StringBuilder text = new StringBuilder();
        int words = 12 + random.nextInt(14);
        for (int i = 0; i < words; i++) {
            text.append(
                    i == 3 && random.nextInt(5) == 0
                            ? capitalize(names.get(random.nextInt(names.size())))
                            : random.nextInt(4) == 0
                                    ? CONTEXT[random.nextInt(CONTEXT.length)]
                                    : FILLER[random.nextInt(FILLER.length)]);
            text.append(' ');
        }
        return new MentionDocument(text.toString().trim(), random.nextBoolean() ? "pl" : "en", "twitter", "user", null);
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1) + (word.length() % 2 == 0 ? "u" : "");
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
