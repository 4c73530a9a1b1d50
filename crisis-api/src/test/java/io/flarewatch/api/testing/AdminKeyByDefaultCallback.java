package io.flarewatch.api.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Registered in META-INF/services: before each {@code @QuarkusTest} method, RestAssured sends the admin key by default. */
public class AdminKeyByDefaultCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ApiKeys.sendAdminKeyByDefault();
    }
}
