package io.flarewatch.api.security;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.api.model.ApiKey;
import io.flarewatch.api.repository.ApiKeyRepository;
import io.flarewatch.api.service.ApiKeyStore;
import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The configured admin key is stored once however often crisis-api starts, and a new value rotates it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BootstrapKeyTest {

    private static final String NEXT = "next-bootstrap-key-0123456789abcdefghijklmnop";

    @Inject
    ApiKeyStore store;

    @Inject
    ApiKeyRepository repository;

    @Test
    void theSameKeyAtTheNextStartIsNotStoredAgain() throws Throwable {
        assertFalse(VertxContextSupport.subscribeAndAwait(() -> store.ensureBootstrap(ApiKeys.ADMIN)));
        ApiKeys.withKey(ApiKeys.ADMIN)
                .get("/keys")
                .then()
                .statusCode(200)
                .body("findAll { it.bootstrap == true && it.revokedAt == null }", hasSize(1));
    }

    @Test
    void anotherConfiguredKeyReplacesThePreviousOne() throws Throwable {
        try {
            assertTrue(VertxContextSupport.subscribeAndAwait(() -> store.ensureBootstrap(NEXT)));
            ApiKeys.withKey(NEXT).get("/keys").then().statusCode(200);
            ApiKeys.withKey(ApiKeys.ADMIN).get("/keys").then().statusCode(401);
        } finally {
            // The other tests of this JVM share the database and need ApiKeys.ADMIN back.
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> repository
                    .update("revokedAt = null where keyHash = ?1", KeyHashing.hash(ApiKeys.ADMIN))
                    .flatMap(restored -> repository.findByHash(KeyHashing.hash(NEXT)))
                    .invoke((ApiKey next) -> {
                        if (next != null) {
                            next.revokedAt = Instant.now();
                        }
                    })));
        }
        ApiKeys.withKey(ApiKeys.ADMIN).get("/keys").then().statusCode(200);
        ApiKeys.withKey(NEXT).get("/keys").then().statusCode(401);
    }
}
