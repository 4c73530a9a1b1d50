package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Authors' unresolved complaints and a brand's ambassadors, over mentions consumed from the real broker. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AuthorsTest {

    @Test
    void aRecentComplaintWithNoLaterPraiseIsUnresolvedPerBrand() throws Exception {
        String author = "au-" + UUID.randomUUID().toString().substring(0, 8);
        String suffix = author.substring(3);
        String open = "open-" + suffix;
        String settled = "settled-" + suffix;
        String old = "old-" + suffix;
        String waiting = "waiting-" + suffix;
        Instant now = Instant.now();
        try (MentionFeed feed = MentionFeed.open()) {
            feed.send(
                    open,
                    "twitter",
                    author,
                    300,
                    "Paczka zgubiona",
                    "pl",
                    days(now, 2),
                    "negative",
                    List.of("delivery"));
            feed.send(open, "twitter", author, 300, "Dalej nic", "pl", days(now, 3), "negative", List.of("no_answer"));
            feed.send(open, "twitter", author, 300, "Kiedyś było ok", "pl", days(now, 30), "positive", List.of());
            feed.send(settled, "twitter", author, 300, "Nie działa", "pl", days(now, 3), "negative", List.of());
            feed.send(
                    settled, "twitter", author, 300, "Dzięki, już działa!", "pl", days(now, 1), "positive", List.of());
            feed.send(old, "twitter", author, 300, "Fatalna obsługa", "pl", days(now, 20), "negative", List.of());
            feed.send(waiting, "twitter", author, 300, "Fatalnie", "pl", days(now, 5), "negative", List.of());
            feed.send(
                    waiting,
                    "twitter",
                    author,
                    300,
                    "Czekam na zwrot",
                    "pl",
                    days(now, 1).minusSeconds(3600),
                    "neutral",
                    List.of());
            // the same id at another source is another person
            feed.send(settled, "forum", author, 3, "Nie działa", "pl", days(now, 1), "negative", List.of());
            feed.awaitStored();
        }

        JsonPath body = given().get("/authors/twitter/" + author + "?limit=2")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(body.getBoolean("unresolvedComplaint"));
        assertEquals(
                List.of(settled, waiting, open, old), body.getList("brands.brandId"), "most recently mentioned first");
        assertTrue(flag(body, open), "negative 2 days ago, nothing positive since");
        assertFalse(flag(body, settled), "a positive mention after the complaint settles it");
        assertFalse(flag(body, old), "a complaint older than 14 days counts as settled");
        assertTrue(flag(body, waiting), "a neutral mention after the complaint does not settle it");
        assertEquals(3, body.getInt("brands.find { it.brandId == '" + open + "' }.mentions"));
        assertEquals(
                2,
                body.getList("brands.find { it.brandId == '" + open + "' }.recent")
                        .size(),
                "limit per brand");
        assertEquals("Paczka zgubiona", body.getString("brands.find { it.brandId == '" + open + "' }.recent[0].text"));
        assertEquals(300, body.getInt("followers"));

        JsonPath forum = given().get("/authors/forum/" + author)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(settled), forum.getList("brands.brandId"));
        assertTrue(forum.getBoolean("unresolvedComplaint"));

        JsonPath stranger = given().get("/authors/twitter/nobody-" + suffix)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertFalse(stranger.getBoolean("unresolvedComplaint"));
        assertEquals(0, stranger.getList("brands").size());
        given().get("/authors/twitter/" + author + "?limit=0")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    record Fan(String id, long followers, int positive, int negative, int daysAgo) {
        double score() {
            return positive * Math.log(followers + 1);
        }
    }

    @Test
    void ambassadorsHaveTwoPositiveMentionsAndAreRankedByPraiseTimesLogReach() throws Exception {
        String brand = StatsTest.newBrand("amb");
        List<Fan> fans = List.of(
                new Fan("fan", 20, 5, 0, 1),
                new Fan("influencer", 100_000, 2, 0, 2),
                new Fan("regular", 1_000, 3, 1, 3),
                new Fan("one-off", 1_000_000, 1, 0, 1),
                new Fan("grumpy", 5_000, 1, 4, 1),
                new Fan("long-ago", 50_000, 3, 0, 200),
                new Fan("nobody-follows", 0, 4, 0, 1));
        Instant now = Instant.now();
        try (MentionFeed feed = MentionFeed.open()) {
            for (Fan fan : fans) {
                for (int i = 0; i < fan.positive(); i++) {
                    feed.send(
                            brand,
                            "twitter",
                            fan.id(),
                            fan.followers(),
                            "Super",
                            "pl",
                            days(now, fan.daysAgo()).minusSeconds(i),
                            "positive",
                            List.of());
                }
                for (int i = 0; i < fan.negative(); i++) {
                    feed.send(
                            brand,
                            "twitter",
                            fan.id(),
                            fan.followers(),
                            "Słabo",
                            "pl",
                            days(now, fan.daysAgo()),
                            "negative",
                            List.of());
                }
            }
            feed.awaitStored();
        }
        List<Fan> expected = fans.stream()
                .filter(f -> f.positive() >= 2 && f.daysAgo() <= 90)
                .sorted(Comparator.comparing(Fan::score)
                        .reversed()
                        .thenComparing(Fan::positive, Comparator.reverseOrder()))
                .toList();

        JsonPath body = given().get("/brands/" + brand + "/ambassadors")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(expected.stream().map(Fan::id).toList(), body.getList("authorId"));
        for (int i = 0; i < expected.size(); i++) {
            // RestAssured reads JSON numbers as floats
            assertEquals(expected.get(i).score(), body.getDouble("[" + i + "].score"), 1e-4);
            assertEquals(expected.get(i).positive(), body.getInt("[" + i + "].positive"));
        }
        assertEquals(
                expected.subList(0, 2).stream().map(Fan::id).toList(),
                given().get("/brands/" + brand + "/ambassadors?limit=2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("authorId"));
        assertTrue(
                given().get("/brands/" + brand + "/ambassadors?days=365")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("authorId")
                        .contains("long-ago"),
                "a longer range finds the old fan");
        given().get("/brands/no-such-brand/ambassadors").then().statusCode(404);
    }

    private static boolean flag(JsonPath body, String brand) {
        return body.getBoolean("brands.find { it.brandId == '" + brand + "' }.unresolvedComplaint");
    }

    private static Instant days(Instant now, int days) {
        return now.minus(days, ChronoUnit.DAYS);
    }
}
