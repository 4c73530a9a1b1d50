package io.flarewatch.api.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How crisis-api serves the console: its files need no key but carry a strict Content-Security-Policy, each view's
 * address answers with the same page, and {@code GET /session} tells a key's role and name.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConsoleServingTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");

    @Test
    void thePageNeedsNoKeyAndForbidsInlineScriptsAndOtherOrigins() {
        String page = ApiKeys.withoutKey()
                .get("/console/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe")))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract()
                .asString();
        Matcher scripts = SCRIPT.matcher(page);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(
                    scripts.group(1).contains("src=\"/console/"), "no inline script, only files: " + scripts.group());
        }
        assertTrue(count > 0, "the page loads its script");
        ApiKeys.withoutKey().get("/console/js/app.js").then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void eachViewsAddressAnswersWithThePageSoThatLinksAndReloadsWork() {
        String page = ApiKeys.withoutKey().get("/console/").then().extract().asString();
        for (String view : new String[] {
            "/console/alerts/6d0e4c2b",
            "/console/alerts",
            "/console/brands/zabka",
            "/console/mentions",
            "/console/authors/twitter/88",
            "/console/figures",
            "/console/keys"
        }) {
            assertEquals(
                    page,
                    ApiKeys.withoutKey()
                            .get(view)
                            .then()
                            .statusCode(200)
                            .header("Content-Security-Policy", containsString("default-src 'none'"))
                            .extract()
                            .asString(),
                    view);
        }
        ApiKeys.withoutKey().get("/console/nothing-here").then().statusCode(404);
        ApiKeys.withoutKey()
                .redirects()
                .follow(false)
                .get("/")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/console/"));
    }

    @Test
    void theSessionTellsTheKeysRoleAndName() {
        String responder = ApiKeys.create("Piotr z dyżuru", "responder");
        ApiKeys.withKey(responder)
                .get("/session")
                .then()
                .statusCode(200)
                .body("role", equalTo("responder"))
                .body("name", equalTo("Piotr z dyżuru"));
        String viewer = ApiKeys.create("wall screen", "viewer");
        ApiKeys.withKey(viewer).get("/session").then().statusCode(200).body("role", equalTo("viewer"));
        ApiKeys.withKey(ApiKeys.ADMIN)
                .get("/session")
                .then()
                .statusCode(200)
                .body("role", equalTo("admin"))
                .body("key", nullValue());
        ApiKeys.withoutKey().get("/session").then().statusCode(401);
        ApiKeys.withKey("fw_not-a-key").get("/session").then().statusCode(401);
    }
}
