package io.flarewatch.api.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;

/**
 * API keys for the tests of crisis-api, which run with keys on. Every {@code @QuarkusTest} of this module sends
 * {@link #ADMIN} by default (see {@link AdminKeyByDefaultCallback}); a request that sets its own {@code X-Api-Key}
 * or {@code Authorization} header keeps it. To send another key or none, start from {@link #withKey} or
 * {@link #withoutKey} instead of {@code given()}.
 */
public final class ApiKeys {

    /** The header that carries the key. */
    public static final String HEADER = "X-Api-Key";
    /** The bootstrap admin key of the {@code %test} profile ({@code flarewatch.auth.bootstrap-admin-key}). */
    public static final String ADMIN = "test-admin-key-0123456789abcdefghijklmnop";

    private ApiKeys() {}

    /** Makes every RestAssured request of this JVM send {@link #ADMIN} unless it carries a key of its own; idempotent. */
    public static synchronized void sendAdminKeyByDefault() {
        if (RestAssured.filters().stream().noneMatch(AdminKeyByDefault.class::isInstance)) {
            RestAssured.filters(new AdminKeyByDefault());
        }
    }

    /** A request that sends {@code key} (and not the admin key). */
    public static RequestSpecification withKey(String key) {
        return withoutKey().header(HEADER, key);
    }

    /** A request that sends no key at all. */
    public static RequestSpecification withoutKey() {
        return given().noFiltersOfType(AdminKeyByDefault.class);
    }

    /** Creates a key of {@code role} (viewer, responder, admin) with the admin key and returns the key itself. */
    public static String create(String name, String role) {
        return withKey(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}")
                .when()
                .post("/keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
    }

    /** Adds {@code X-Api-Key: ADMIN} to a request that has no key header. */
    public static final class AdminKeyByDefault implements Filter {

        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName(HEADER)
                    && !request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header(HEADER, ADMIN);
            }
            return context.next(request, response);
        }
    }
}
