package io.flarewatch.ingest.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Registered in META-INF/services: before each {@code @QuarkusTest} method, RestAssured sends the test key. */
public class SourceKeyByDefaultCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        SourceKeys.sendConfiguredKeyByDefault();
    }
}
