package io.flarewatch.bench;

import io.flarewatch.sentiment.SentimentModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** The sentiment model alone on tweet-length mentions, one thread: the score is documents per second per language. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class SentimentBenchmark {

    private static final List<String> POLISH = List.of(
            "Kurier znowu nie dowiózł paczki, infolinia nie odbiera, masakra 😡",
            "Świetna obsługa w sklepie na Mokotowie, polecam wszystkim!",
            "Czekam od tygodnia na zwrot pieniędzy za zepsuty telewizor, nikt nie odpowiada",
            "Nie jest źle, ale mogłoby być taniej. Aplikacja działa całkiem sprawnie",
            "fatalna obsluga, nie polecam, porazka na calej linii #porażka",
            "Dzięki za szybką pomoc na czacie, problem rozwiązany w 5 minut :)",
            "Do której jest otwarty punkt odbioru przy dworcu?",
            "Zamówienie przyszło uszkodzone, reklamacja odrzucona, idę do rzecznika konsumentów");
    private static final List<String> ENGLISH = List.of(
            "Still waiting for my refund, no response from support, this is a scam",
            "Great service at the store today, thanks for the quick help!",
            "The parcel never arrived and nobody answers the phone 😡",
            "Not bad at all, but the app crashes sometimes. Delivery was fast",
            "Worst customer service ever, I'm switching provider #fail",
            "Love the new family plan, coverage is excellent :)",
            "What time does the store open on Sunday?",
            "My bill doubled without warning, I will complain to the ombudsman");

    @Param({"pl", "en"})
    String language;

    private SentimentModel model;
    private List<String> texts;
    private int next;

    @Setup
    public void load() {
        model = SentimentModel.loadDefault();
        texts = "pl".equals(language) ? POLISH : ENGLISH;
    }

    /** One tweet-length mention scored, language detected; the score is documents per second. */
    @Benchmark
    public Object scoreOneMention() {
        return model.score(texts.get(next++ % texts.size()), null);
    }
}
