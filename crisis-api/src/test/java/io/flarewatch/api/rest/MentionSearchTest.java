package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /mentions} over mentions crisis-api consumed from {@code mentions-scored} on the real broker: every filter,
 * and a cursor walk. One brand's mentions share a partition, so they are stored in the order they were sent.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MentionSearchTest {

    private static final Instant T0 = Instant.parse("2026-09-01T08:00:00Z");
    private static final String[] TEXTS = {
        "Paczka 100% zgubiona",
        "1000 paczek w sortowni",
        "kod a_b nie działa",
        "kod axb działa",
        "Kurier spóźniony",
        "Świetna obsługa"
    };

    /** What was sent, in the order it was sent (which is the order it is stored in). */
    private final List<Row> rows = new ArrayList<>();

    private String brand;

    record Row(
            String mentionId,
            Instant at,
            int seq,
            String label,
            boolean delivery,
            String language,
            String source,
            String text) {}

    @BeforeEach
    void storeMentions() throws Exception {
        brand = "ms-" + UUID.randomUUID().toString().substring(0, 8);
        String[] labels = {"negative", "neutral", "positive"};
        try (MentionFeed feed = MentionFeed.open()) {
            for (int i = 0; i < 23; i++) {
                Instant at = T0.plusSeconds(60L * (i / 2)); // pairs share a time: the row id breaks the tie
                String label = labels[i % 3];
                boolean delivery = i % 4 == 0;
                String language = i % 5 == 0 ? "en" : "pl";
                String source = i % 2 == 0 ? "twitter" : "forum";
                String text = TEXTS[i % TEXTS.length];
                String id = feed.send(
                        brand,
                        source,
                        "a" + i,
                        10,
                        text,
                        language,
                        at,
                        label,
                        delivery ? List.of("delivery", "no_answer") : List.of("no_answer"));
                rows.add(new Row(id, at, i, label, delivery, language, source, text));
            }
            // another brand's mention, which a brand filter must leave out
            feed.send(
                    brand + "-other",
                    "twitter",
                    "z",
                    10,
                    "Paczka 100% zgubiona",
                    "pl",
                    T0,
                    "negative",
                    List.of("delivery"));
            feed.awaitStored();
        }
    }

    @Test
    void aCursorWalkInPagesOfFiveSeesEveryMentionOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = given().queryParam("brandId", brand)
                    .queryParam("limit", 5)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/mentions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> ids = page.getList("items.mentionId");
            seen.addAll(ids);
            cursor = page.getString("next");
            pages++;
            assertEquals(cursor == null ? 23 - 5 * (pages - 1) : 5, ids.size());
            assertNotNull(page.get("items[0].sentiment.explanation"), "each mention has its explanation");
        } while (cursor != null && pages < 10);
        assertEquals(5, pages, "23 mentions are 4 full pages and one of 3");
        assertEquals(
                expected(r -> true), seen, "no duplicates, no gaps, newest first (later row first at equal times)");
        assertEquals(23, new HashSet<>(seen).size());
    }

    @Test
    void everyFilterKeepsExactlyTheMatchingMentions() {
        assertEquals(expected(r -> r.label().equals("negative")), ids("sentiment", "negative"));
        assertEquals(expected(Row::delivery), ids("category", "delivery"));
        assertEquals(expected(r -> r.language().equals("en")), ids("language", "en"));
        assertEquals(expected(r -> r.source().equals("forum")), ids("source", "forum"));
        assertEquals(expected(r -> r.text().contains("100%")), ids("q", "100%"), "% is no wildcard");
        assertEquals(
                expected(r -> r.text().contains("a_b")), ids("q", "A_B"), "_ is no wildcard; case does not matter");
        assertEquals(expected(r -> r.text().toLowerCase().contains("paczk")), ids("q", "PACZK"));
        Instant from = T0.plusSeconds(180);
        Instant to = T0.plusSeconds(420);
        assertEquals(
                expected(r -> !r.at().isBefore(from) && r.at().isBefore(to)),
                ids("from", from.toString(), "to", to.toString()));
        assertEquals(
                expected(r -> r.label().equals("negative")
                        && r.delivery()
                        && r.source().equals("twitter")),
                ids("sentiment", "negative", "category", "delivery", "source", "twitter"));
    }

    @Test
    void theLastPageHasNoNextCursor() {
        JsonPath page = given().queryParam("brandId", brand)
                .queryParam("limit", 23)
                .get("/mentions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(23, page.getList("items").size());
        assertNull(page.getString("next"));
    }

    @ParameterizedTest(name = "GET /mentions?{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            from=yesterday                            | from
            from=2026-09-02T00:00:00Z&to=2026-09-01T00:00:00Z | to
            sentiment=angry                           | sentiment
            limit=0                                   | limit
            limit=many                                | limit
            cursor=bm90LWEtY3Vyc29y                   | cursor
            cursor=%25%25%25                          | cursor
            category=a%20b                            | category
            """)
    void aBadParameterIsNamed(String query, String field) {
        given().urlEncodingEnabled(false)
                .get("/mentions?" + query)
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo(field));
    }

    private List<String> ids(String... params) {
        var request = given().queryParam("brandId", brand).queryParam("limit", 500);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/mentions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.mentionId");
    }

    private List<String> expected(Predicate<Row> wanted) {
        return rows.stream()
                .filter(wanted)
                .sorted(Comparator.comparing(Row::at).thenComparing(Row::seq).reversed())
                .map(Row::mentionId)
                .toList();
    }
}
