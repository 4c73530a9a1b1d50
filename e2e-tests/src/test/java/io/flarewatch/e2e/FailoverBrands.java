package io.flarewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.localstack.TopicSetup;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.utils.Utils;

/**
 * The brands of {@link ReplicaFailoverIT}: one per partition of the brand-keyed topics (so that every replica of
 * crisis-api and alert-service owns some), and the mentions a PR team would see about them.
 */
final class FailoverBrands {

    // Three independent parts, so that the storm is many people's own words: copies of one text count once.
    private static final List<String> WHAT = List.of(
            "zgubił moją paczkę",
            "nie dowiózł zamówienia od tygodnia",
            "zniszczył mi telewizor",
            "pobrał opłatę dwa razy",
            "oddał paczkę do nadawcy",
            "nie dostarczył ekspresu na czas");
    private static final List<String> WHO = List.of(
            "infolinia nie odbiera od rana",
            "reklamację odrzucili bez słowa",
            "czat z konsultantem się rozłącza",
            "na maile nikt nie odpisuje",
            "kurier nawet nie zapukał");
    private static final List<String> FEELING = List.of(
            "Skandal, nie polecam nikomu",
            "Masakra, mam już dość",
            "Porażka na całej linii",
            "Oszuści, zgłaszam do rzecznika",
            "Nigdy więcej tej firmy");

    /** A brand: its slug id (on the partition wanted) and the invented name its query matches. */
    record Brand(String id, String name) {}

    private FailoverBrands() {}

    /** One brand per partition of the data topics, named {@code names} in turn, ids unique to {@code run}. */
    static List<Brand> onEveryPartition(List<String> names, String run) {
        assertEquals(TopicSetup.PARTITIONS, names.size());
        List<Brand> brands = new ArrayList<>();
        for (int partition = 0; partition < TopicSetup.PARTITIONS; partition++) {
            String name = names.get(partition);
            String id;
            int attempt = 0;
            do {
                id = name.toLowerCase(Locale.ROOT) + "-" + run + "-" + attempt++;
            } while (partitionOf(id) != partition);
            brands.add(new Brand(id, name));
        }
        return brands;
    }

    /** The partition Kafka's default partitioner gives a record keyed {@code key}, as producers of brand ids use it. */
    static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % TopicSetup.PARTITIONS;
    }

    /** The brand as {@code POST /brands} takes it. */
    static String definition(Brand brand) {
        return "{\"id\":\"" + brand.id() + "\",\"name\":\"" + brand.name() + "\",\"query\":\""
                + brand.name().toLowerCase(Locale.ROOT) + "\",\"languages\":[\"pl\"]}";
    }

    /** A complaint about the brand, different for each {@code n} (a storm of people, not one post repeated). */
    static String complaint(Brand brand, int n) {
        return brand.name() + " " + WHAT.get(n % WHAT.size()) + ", " + WHO.get((n / WHAT.size()) % WHO.size())
                + ". " + FEELING.get((n / (WHAT.size() * WHO.size())) % FEELING.size()) + ". Zamówienie nr "
                + (40_000 + n * 37) + " z dnia " + (1 + n % 28) + " listopada, klient " + (n * 7 + 3) + ".";
    }

    /** Three hours of calm history, a mention every two minutes, so that the brand has a usual level. */
    static List<String> calmHistory(Brand brand, String run, Instant now) {
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (Instant t = now.minus(Duration.ofHours(3)); t.isBefore(now.minusSeconds(120)); t = t.plusSeconds(120)) {
            lines.add(mention(
                    run + "-" + brand.id() + "-calm-" + n,
                    "staly_klient_" + (n++ % 30),
                    t,
                    "Zwykła dostawa " + brand.name() + ", bez niespodzianek"));
        }
        return lines;
    }

    /** One mention as ingest takes it. */
    static String mention(String sourceId, String author, Instant publishedAt, String text) {
        return "{\"source\":\"forum\",\"sourceId\":\"" + sourceId + "\",\"author\":{\"id\":\"" + author
                + "\",\"name\":\"" + author + "\",\"followers\":120},\"text\":\"" + text
                + "\",\"language\":\"pl\",\"publishedAt\":\"" + publishedAt + "\"}";
    }
}
