package io.flarewatch.ingest.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flarewatch.events.Author;
import io.flarewatch.events.Mention;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, acceptance 3: reposts, quotes with a few words added and syndicated copies with other boilerplate are
 * one story; different texts that share a brand name, and short posts, are not.
 */
class StoryClustererTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final boolean SAME = true;
    private static final boolean DIFFERENT = false;

    private static final String PL_NEWS = "Kurierex zawiesza dostawy do paczkomatów w całej Polsce po awarii systemu"
            + " sortowania w Strykowie, klienci czekają na przesyłki nawet tydzień";
    private static final String EN_NEWS = "Brightcell outage: customers across London report no signal since this"
            + " morning, the company says its engineers are working on a fix";
    private static final String PL_COMPLAINT =
            "Kurierex zgubił moją paczkę z laptopem, reklamacja odrzucona i nikt" + " nie odpowiada od tygodnia";

    static Stream<Arguments> pairs() {
        return Stream.of(
                row(
                        "a repost (RT, handle, link)",
                        PL_NEWS,
                        "RT @wiadomosci24: " + PL_NEWS + " https://t.co/x1Yz",
                        SAME),
                row(
                        "a repost in capitals with other punctuation and an emoji",
                        EN_NEWS,
                        EN_NEWS.toUpperCase().replace(":", " -") + " 😡😡",
                        SAME),
                row(
                        "a copy from Twitter to Facebook with hashtags",
                        PL_COMPLAINT,
                        PL_COMPLAINT.replace("Kurierex", "#Kurierex") + " #reklamacja",
                        SAME),
                row(
                        "a quote with a few words added (pl)",
                        PL_NEWS,
                        "Skandal! " + PL_NEWS + " Kto za to zapłaci?",
                        SAME),
                row(
                        "a quote with a few words added (en)",
                        EN_NEWS,
                        "Again?! " + EN_NEWS + ". Unacceptable, as usual",
                        SAME),
                row(
                        "syndicated copies with other trailing boilerplate (pl)",
                        PL_NEWS + ". Źródło: PAP, fot. archiwum",
                        PL_NEWS + ". Czytaj więcej na Wiadomosci24.pl, zapisz się na newsletter",
                        SAME),
                row(
                        "syndicated copies with other trailing boilerplate (en)",
                        EN_NEWS + ". (Reuters) Reporting by Jane Doe, editing by John Smith",
                        EN_NEWS + ". Read more at TechDaily, follow us for updates",
                        SAME),
                row(
                        "news about the same brand, another story (pl)",
                        PL_NEWS,
                        "Kurierex otwiera nowe centrum logistyczne w Poznaniu i zatrudni trzystu pracowników do końca"
                                + " roku, podała spółka",
                        DIFFERENT),
                row(
                        "news about the same brand, another story (en)",
                        EN_NEWS,
                        "Brightcell launches a new unlimited data plan for students across London with a free month"
                                + " and no contract",
                        DIFFERENT),
                row(
                        "two complaints that begin alike",
                        PL_COMPLAINT,
                        "Kurierex zgubił moją paczkę z butami, zwrot pieniędzy odrzucony, infolinia milczy od miesiąca",
                        DIFFERENT),
                row(
                        "short posts naming the brand (pl)",
                        "Kurierex znowu nie działa",
                        "Kurierex nie działa, masakra",
                        DIFFERENT),
                row(
                        "the same short post by two people (pl)",
                        "Kurierex zgubił moją paczkę!",
                        "Kurierex zgubił moją paczkę!",
                        DIFFERENT),
                row(
                        "the same short post by two people (en)",
                        "Brightcell has no signal again",
                        "Brightcell has no" + " signal again",
                        DIFFERENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void theSecondTextIsLinkedToTheFirstOnlyWhenItIsTheSameStory(
            String why, String first, String second, boolean same) {
        StoryClusterer clusterer = new StoryClusterer(Duration.ofHours(48), 1_000);
        Mention original = clusterer.assign(mention("1", first), NOW);
        Mention copy = clusterer.assign(mention("2", second), NOW.plusSeconds(30));

        assertNull(original.clusterId(), "the first mention of a story starts it");
        assertEquals(same ? "twitter:1" : null, copy.clusterId(), why);
        assertEquals(same ? "twitter:1" : "twitter:2", copy.storyId(), why);
    }

    private static Arguments row(String why, String first, String second, boolean same) {
        return Arguments.of(why, first, second, same);
    }

    static Mention mention(String id, String text) {
        return new Mention(
                "twitter:" + id, "twitter", id, null, new Author("a" + id, "author " + id, 100), text, null, NOW, NOW);
    }
}
