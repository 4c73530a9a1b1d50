package io.flarewatch.api.security;

import static org.hamcrest.Matchers.containsString;

import io.flarewatch.api.rest.Problem;
import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code flarewatch.auth.local-viewer=true} (the local stack of {@code bin/flarewatch up}), a request from this
 * machine without a key reads like a viewer; anything more still needs a key, and a key that is presented counts.
 */
@QuarkusTest
@TestProfile(LocalViewerTest.LocalViewer.class)
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LocalViewerTest {

    /** The test profile of the local stack: keys on, reads from loopback need none. */
    public static class LocalViewer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("flarewatch.auth.local-viewer", "true");
        }
    }

    @Test
    void readsFromThisMachineNeedNoKey() {
        ApiKeys.withoutKey().get("/alerts").then().statusCode(200);
        ApiKeys.withoutKey().get("/brands").then().statusCode(200);
        ApiKeys.withoutKey()
                .contentType(ContentType.JSON)
                .body("{\"query\":\"żabka\",\"texts\":[\"W Żabce\"]}")
                .post("/brands/preview")
                .then()
                .statusCode(200);
    }

    @Test
    void writesAndKeysStillNeedAKey() {
        ApiKeys.withoutKey()
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Orlen\",\"query\":\"orlen\"}")
                .post("/brands")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        ApiKeys.withoutKey()
                .contentType(ContentType.JSON)
                .body("{\"by\":\"anna\"}")
                .post("/alerts/nope/acknowledge")
                .then()
                .statusCode(401);
        ApiKeys.withoutKey().get("/keys").then().statusCode(401);
    }

    @Test
    void aPresentedKeyIsCheckedAsUsual() {
        ApiKeys.withKey("fw_not-a-key")
                .get("/alerts")
                .then()
                .statusCode(401)
                .body("detail", containsString("unknown or revoked"));
        String viewer = ApiKeys.create("local viewer test", "viewer");
        ApiKeys.withKey(viewer)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"Orlen\",\"query\":\"orlen\"}")
                .post("/brands")
                .then()
                .statusCode(403);
    }
}
