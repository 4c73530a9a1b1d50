package io.flarewatch.api.security;

import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code flarewatch.auth.enabled=false} (a closed network), every request passes without a key. */
@QuarkusTest
@TestProfile(AuthDisabledTest.KeysOff.class)
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AuthDisabledTest {

    /** The test profile with keys off. */
    public static class KeysOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("flarewatch.auth.enabled", "false");
        }
    }

    @Test
    void noKeyIsNeeded() {
        ApiKeys.withoutKey().get("/brands").then().statusCode(200);
        ApiKeys.withoutKey().get("/keys").then().statusCode(200);
        ApiKeys.withKey("fw_anything").get("/alerts").then().statusCode(200);
    }
}
