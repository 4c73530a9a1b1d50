package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and Swagger UI are served, and the document lists every endpoint group. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OpenApiTest {

    @Test
    void theDocumentListsTheEndpointsAndTheirGroups() {
        JsonPath doc = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        for (String path : List.of(
                "/alerts",
                "/alerts/{id}",
                "/alerts/{id}/acknowledge",
                "/alerts/{id}/assign",
                "/alerts/{id}/notes",
                "/alerts/{id}/resolve",
                "/alerts/{id}/reopen",
                "/alerts/stream",
                "/brands",
                "/brands/{id}",
                "/brands/{id}/mentions",
                "/mentions",
                "/brands/{id}/stats/velocity",
                "/brands/{id}/stats/response",
                "/authors/{source}/{authorId}",
                "/brands/{id}/ambassadors")) {
            assertTrue(paths.containsKey(path), path + " is in the document: " + paths.keySet());
        }
        List<String> tags = doc.getList("tags.name");
        assertTrue(
                tags.containsAll(List.of("alerts", "brands", "mentions", "stats", "authors", "keys", "notifications")),
                "tags: " + tags);
        assertEquals("apiKey", doc.getString("components.securitySchemes.apiKey.type"));
        assertEquals("header", doc.getString("components.securitySchemes.apiKey.in"));
        assertEquals("X-Api-Key", doc.getString("components.securitySchemes.apiKey.name"));
        for (String path : List.of("/keys", "/keys/{id}", "/brands/{id}/notifications", "/alerts/{id}/notifications")) {
            assertTrue(paths.containsKey(path), path + " is in the document: " + paths.keySet());
        }
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
