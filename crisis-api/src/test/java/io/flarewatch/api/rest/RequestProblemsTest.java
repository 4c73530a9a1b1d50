package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong requests get a problem answer that names what is wrong and nothing of the code behind it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RequestProblemsTest {

    @ParameterizedTest(name = "GET {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /alerts?state=panic                   | 400 | state
            /alerts?limit=0                       | 400 | limit
            /alerts?limit=501                     | 400 | limit
            /brands/zabka-probe/mentions?limit=501 | 400 | limit
            /brands/zabka-probe/mentions?sentiment=angry | 400 | sentiment
            """)
    void aBadQueryParameterIsNamed(String path, int status, String field) {
        given().when()
                .get(path)
                .then()
                .statusCode(status)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(status))
                .body("errors[0].field", equalTo(field));
    }

    @ParameterizedTest(name = "GET {0} -> 404")
    @CsvSource(textBlock = """
            /alerts/5f0c1c8e-0000-4000-8000-000000000000
            /brands/no-such-brand
            /brands/no-such-brand/mentions
            """)
    void somethingUnknownIsNotFound(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            languages as one string | {"name":"Orlen","query":"orlen","languages":"pl"}
            body that is a list     | ["orlen"]
            cut-off body            | {"name":"Orlen","query":
            """)
    void aBodyOfTheWrongShapeLeaksNoClassNames(String description, String body) {
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/brands")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", not(containsString("io.flarewatch")))
                .body("detail", not(containsString("Exception")))
                .body("title", not(containsString("Exception")));
    }
}
