package io.flarewatch.ingest.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;

/**
 * Source keys for the tests of ingest-service, which need one to post. Every {@code @QuarkusTest} of this module
 * sends {@link #CONFIGURED} by default (see {@link SourceKeyByDefaultCallback}); a request that sets its own
 * {@code X-Api-Key} or {@code Authorization} header keeps it. {@link #withKey} and {@link #withoutKey} start a
 * request that sends another key or none.
 */
public final class SourceKeys {

    /** The header that carries the key. */
    public static final String HEADER = "X-Api-Key";
    /** The key whose hash the {@code %test} profile lists in {@code flarewatch.ingest.source-key-hashes}. */
    public static final String CONFIGURED = "test-source-key-0123456789abcdefghijklmn";

    private SourceKeys() {}

    /** Makes every RestAssured request of this JVM send {@link #CONFIGURED} unless it carries a key; idempotent. */
    public static synchronized void sendConfiguredKeyByDefault() {
        if (RestAssured.filters().stream().noneMatch(ConfiguredKeyByDefault.class::isInstance)) {
            RestAssured.filters(new ConfiguredKeyByDefault());
        }
    }

    /** A request that sends {@code key} (and not the configured one). */
    public static RequestSpecification withKey(String key) {
        return withoutKey().header(HEADER, key);
    }

    /** A request that sends no key at all. */
    public static RequestSpecification withoutKey() {
        return given().noFiltersOfType(ConfiguredKeyByDefault.class);
    }

    /** Adds {@code X-Api-Key: CONFIGURED} to a request that has no key header. */
    public static final class ConfiguredKeyByDefault implements Filter {

        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            if (!request.getHeaders().hasHeaderWithName(HEADER)
                    && !request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header(HEADER, CONFIGURED);
            }
            return context.next(request, response);
        }
    }
}
