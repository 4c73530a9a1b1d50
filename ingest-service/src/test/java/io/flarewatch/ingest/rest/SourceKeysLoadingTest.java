package io.flarewatch.ingest.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.flarewatch.ingest.testing.SourceKeys;
import io.flarewatch.localstack.testing.FreePorts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * While the {@code source-keys} topic has not been read to its end (here: no broker answers at all), a key that is
 * not configured may still be valid, so it is told to come back (503 "keys loading"), not refused as unknown.
 */
@QuarkusTest
@TestProfile(SourceKeysLoadingTest.NoBroker.class)
class SourceKeysLoadingTest {

    /** A broker address where nothing listens, and none of the tests' embedded broker. */
    public static class NoBroker implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "localhost:" + FreePorts.next());
        }
    }

    @Test
    void aKeyThatMayStillArriveIsAskedToComeBackLater() {
        SourceKeys.withKey("fw_not-read-yet")
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/mentions")
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", equalTo("2"))
                .body("detail", containsString("keys loading"));
    }

    @Test
    void withoutAKeyItIsStill401() {
        SourceKeys.withoutKey()
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/mentions")
                .then()
                .statusCode(401);
    }
}
