package io.flarewatch.api.console;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/**
 * What the console's browser tests find when they sign in, written through the API and the broker as in
 * production: Kurierex (its alerts go to a webhook) and Brightcell with an older open alert and a resolved one.
 */
final class ConsoleScene {

    static final String KURIEREX = "kurierex";
    static final String BRIGHTCELL = "brightcell-console";

    private ConsoleScene() {}

    /** Creates both brands and Brightcell's alerts; Kurierex's notifications go to {@code webhookUrl}. */
    static void setUp(String bootstrapServers, String webhookUrl) throws Exception {
        createBrand(KURIEREX, "Kurierex", "kurierex", "pl");
        given().contentType(ContentType.JSON)
                .body(Map.of("webhookUrls", List.of(webhookUrl), "webhookSecret", "console-test-0123456789"))
                .put("/brands/" + KURIEREX + "/notifications")
                .then()
                .statusCode(200);
        createBrand(BRIGHTCELL, "Brightcell", "brightcell", "en");
        ComplaintStorm.sendOtherAlert(bootstrapServers, BRIGHTCELL, "medium", "OPENED", 38, 9.5, 25);
        ComplaintStorm.sendOtherAlert(bootstrapServers, BRIGHTCELL, "low", "RESOLVED", 21, 8.0, 300);
    }

    /** Waits (at most 60 s) until crisis-api has stored {@code count} mentions of the brand. */
    static void awaitStoredMentions(String brandId, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            int stored = given().queryParam("brandId", brandId)
                    .queryParam("limit", 500)
                    .get("/mentions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items")
                    .size();
            if (stored >= count) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the " + count + " mentions were not stored within 60 s");
    }

    private static void createBrand(String id, String name, String query, String language) {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", name, "query", query, "languages", List.of(language)))
                .post("/brands")
                .then()
                .statusCode(201);
    }
}
