package io.flarewatch.api.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.api.rest.Problem;
import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The role rules for every endpoint group, through the real API: no key is 401, a role too low is 403 naming the
 * role needed, an allowed role gets past authorization (a path other engineers add later answers 404 here); a
 * source key, which posts to ingest-service, opens nothing here.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RoleAccessTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> ROLES = List.of("viewer", "responder", "admin");
    private static String viewer;
    private static String responder;
    private static String source;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void createKeysOnce() {
        if (viewer == null) {
            viewer = ApiKeys.create("role test viewer", "viewer");
            responder = ApiKeys.create("role test responder", "responder");
            source = ApiKeys.create("role test source", "source");
        }
    }

    @ParameterizedTest(name = "{0}: {1} {2} needs {3}")
    @CsvSource(delimiter = '|', textBlock = """
            brands read         | GET    | /brands                              | viewer    | ''
            brands read         | GET    | /brands/role-probe                   | viewer    | ''
            brand mentions      | GET    | /brands/role-probe/mentions          | viewer    | ''
            brands write        | POST   | /brands                              | admin     | {}
            brands write        | PUT    | /brands/role-probe                   | admin     | {"name":"Probe","query":"probe"}
            brands write        | DELETE | /brands/role-probe                   | admin     | ''
            brand notifications | PUT    | /brands/role-probe/notifications     | admin     | {}
            brand notifications | GET    | /brands/role-probe/notifications     | viewer    | ''
            preview             | POST   | /brands/preview                      | viewer    | {"query":"probe","texts":["a probe"]}
            mentions            | GET    | /mentions?brandId=role-probe         | viewer    | ''
            alerts read         | GET    | /alerts                              | viewer    | ''
            alerts read         | GET    | /alerts/5f0c1c8e-0000-4000-8000-000000000000 | viewer | ''
            alert actions       | POST   | /alerts/5f0c1c8e-0000-4000-8000-000000000000/acknowledge | responder | {"by":"ola"}
            alert actions       | POST   | /alerts/5f0c1c8e-0000-4000-8000-000000000000/assign | responder | {"to":"ola"}
            alert actions       | POST   | /alerts/5f0c1c8e-0000-4000-8000-000000000000/notes | responder | {"text":"on it"}
            alert actions       | POST   | /alerts/5f0c1c8e-0000-4000-8000-000000000000/resolve | responder | {}
            alert actions       | POST   | /alerts/5f0c1c8e-0000-4000-8000-000000000000/reopen | responder | {}
            alert stream        | GET    | /alerts/stream                       | viewer    | ''
            alert notifications | GET    | /alerts/5f0c1c8e-0000-4000-8000-000000000000/notifications | viewer | ''
            alert admin         | DELETE | /alerts/5f0c1c8e-0000-4000-8000-000000000000 | admin | ''
            authors             | GET    | /authors/twitter/88                  | viewer    | ''
            sources read        | GET    | /sources                             | viewer    | ''
            sources read        | GET    | /sources/rss:role-probe              | viewer    | ''
            sources write       | PUT    | /sources/rss:role-probe              | admin     | {}
            sources write       | DELETE | /sources/rss:role-probe              | admin     | ''
            keys                | GET    | /keys                                | admin     | ''
            keys                | POST   | /keys                                | admin     | {}
            keys                | DELETE | /keys/no-such-key                    | admin     | ''
            unknown path        | GET    | /no-such-endpoint                    | admin     | ''
            unknown path        | POST   | /stats                               | admin     | {}
            """)
    void eachGroupAnswersEachRoleByTheRules(String group, String method, String path, String needed, String body)
            throws Exception {
        Reply anonymous = send(method, path, body, Map.of());
        assertEquals(401, anonymous.status, group + " without a key");
        assertTrue(anonymous.contentType.startsWith(Problem.MEDIA_TYPE), group + ": 401 is a problem");
        assertTrue(anonymous.challenge.startsWith("Bearer"), group + ": 401 names the scheme");

        Map<String, String> keys = Map.of("viewer", viewer, "responder", responder, "admin", ApiKeys.ADMIN);
        for (String role : ROLES) {
            Reply reply = send(method, path, body, Map.of(ApiKeys.HEADER, keys.get(role)));
            if (ROLES.indexOf(role) >= ROLES.indexOf(needed)) {
                assertNotEquals(401, reply.status, group + " as " + role + ": " + reply.body);
                assertNotEquals(403, reply.status, group + " as " + role + ": " + reply.body);
            } else {
                assertEquals(403, reply.status, group + " as " + role);
                assertTrue(reply.contentType.startsWith(Problem.MEDIA_TYPE), group + ": 403 is a problem");
                assertTrue(
                        reply.body.contains("needs the role " + needed), group + ": 403 names the role: " + reply.body);
            }
        }
        // a source key posts to ingest-service only: crisis-api opens nothing to it
        Reply asSource = send(method, path, body, Map.of(ApiKeys.HEADER, source));
        assertEquals(403, asSource.status, group + " as source");
        assertTrue(
                asSource.body.contains("has the role source"), group + ": 403 names the source role: " + asSource.body);
    }

    @Test
    void aSourceKeyIsRefusedEvenWhatAViewerMayDo() {
        ApiKeys.withKey(source)
                .get("/session")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("needs the role viewer"));
        ApiKeys.withoutKey()
                .header("Authorization", "Bearer " + source)
                .get("/alerts")
                .then()
                .statusCode(403);
    }

    @Test
    void healthMetricsAndTheApiDocumentNeedNoKey() {
        ApiKeys.withoutKey().get("/q/health/ready").then().statusCode(200);
        ApiKeys.withoutKey().get("/q/health/live").then().statusCode(200);
        ApiKeys.withoutKey().get("/q/metrics").then().statusCode(200);
        ApiKeys.withoutKey().get("/q/openapi").then().statusCode(not(equalTo(401)));
    }

    @Test
    void aKeyWorksAsBearerTokenAndAnUnknownKeyIsRefused() {
        ApiKeys.withoutKey()
                .header("Authorization", "Bearer " + viewer)
                .get("/brands")
                .then()
                .statusCode(200);
        ApiKeys.withKey("fw_not-a-key-anyone-was-given")
                .get("/brands")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("detail", not(containsString("fw_not-a-key")));
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String key = ApiKeys.create("to be revoked", "responder");
        ApiKeys.withKey(key).get("/alerts").then().statusCode(200);
        String id = ApiKeys.withKey(ApiKeys.ADMIN)
                .get("/keys")
                .jsonPath()
                .getString("find { it.name == 'to be revoked' }.id");
        ApiKeys.withKey(ApiKeys.ADMIN).delete("/keys/" + id).then().statusCode(204);
        ApiKeys.withKey(key).get("/alerts").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        ApiKeys.withKey(ApiKeys.ADMIN).delete("/keys/" + id).then().statusCode(204);
        ApiKeys.withKey(ApiKeys.ADMIN)
                .get("/keys")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.revokedAt", notNullValue());
    }

    @Test
    void aNewKeyIsShownOnceAndTheListNeverShowsAKeyOrItsHash() {
        var created = ApiKeys.withKey(ApiKeys.ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"helpdesk integration\",\"role\":\"Viewer\"}")
                .when()
                .post("/keys")
                .then()
                .statusCode(201)
                .header("Location", containsString("/keys/"))
                .header("Cache-Control", "no-store")
                .body("name", equalTo("helpdesk integration"))
                .body("role", equalTo("viewer"))
                .body("key", startsWith(KeyHashing.PREFIX))
                .extract()
                .jsonPath();
        String key = created.getString("key");
        ApiKeys.withKey(key).get("/brands").then().statusCode(200);

        String listed = ApiKeys.withKey(ApiKeys.ADMIN)
                .get("/keys")
                .then()
                .statusCode(200)
                .body("name", hasItem("helpdesk integration"))
                .body("find { it.name == 'helpdesk integration' }.lastUsedAt", notNullValue())
                .body("find { it.bootstrap == true }.role", equalTo("admin"))
                .extract()
                .asString();
        for (String secret : List.of(key, KeyHashing.hash(key), ApiKeys.ADMIN, KeyHashing.hash(ApiKeys.ADMIN))) {
            assertFalse(listed.contains(secret), "the list shows no key and no hash");
        }
        assertFalse(listed.contains("\"key\""), "the list has no key field");
        assertFalse(listed.toLowerCase().contains("hash"), "the list has no hash field");
    }

    @Test
    void aBadKeyRequestNamesItsFieldsAndAnUnknownKeyIsNotFound() {
        ApiKeys.withKey(ApiKeys.ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"role\":\"root\"}")
                .when()
                .post("/keys")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors.field", equalTo(List.of("name", "role")));
        ApiKeys.withKey(ApiKeys.ADMIN)
                .delete("/keys/no-such-key")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    /** The status of a request; the body only of an answer that is not a stream, which may never end. */
    private Reply send(String method, String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(5))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String text = "";
            try (InputStream in = response.body()) {
                if (!contentType.startsWith("text/event-stream")) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new Reply(
                    response.statusCode(),
                    contentType,
                    response.headers().firstValue("WWW-Authenticate").orElse(""),
                    text);
        } catch (HttpTimeoutException e) {
            // Only a stream keeps the answer open; 401 and 403 are answered at once.
            return new Reply(200, "text/event-stream", "", "(a stream)");
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }

    private record Reply(int status, String contentType, String challenge, String body) {}
}
