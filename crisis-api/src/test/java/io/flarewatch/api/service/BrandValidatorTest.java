package io.flarewatch.api.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Brand requests as a PR person would type them, checked field by field. A {@code @QuarkusTest} only so that the
 * brand-matcher classes are loaded once, by Quarkus's class loader, for every test of the module.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BrandValidatorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Żabka                | zabka
            Łomża                | lomza
            Śnieżka              | sniezka
            Orlen S.A.           | orlen-s-a
            Biedronka Polska     | biedronka-polska
            '  PKO Bank Polski ' | pko-bank-polski
            X                    | brand-x
            """)
    void aBrandWithoutAnIdGetsASlugOfItsName(String name, String slug) {
        assertEquals(slug, BrandValidator.slug(name));
        assertTrue(BrandValidator.ID.matcher(slug).matches(), "the slug is itself a valid id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            id with capitals        | Zabka  | Żabka  | żabka                  | pl     | balanced | null        | id
            id of one letter        | z      | Żabka  | żabka                  | pl     | balanced | null        | id
            blank name              | zabka  | ' '    | żabka                  | pl     | balanced | null        | name
            missing query           | zabka  | Żabka  | null                   | pl     | balanced | null        | query
            unclosed parenthesis    | pko    | PKO    | (pko OR ipko           | pl     | balanced | null        | query
            dangling AND            | orlen  | Orlen  | orlen AND              | pl     | balanced | null        | query
            language as a word      | zabka  | Żabka  | żabka                  | polish | balanced | null        | languages
            unknown sensitivity     | zabka  | Żabka  | żabka                  | pl     | loud     | null        | sensitivity
            mute hours in words     | zabka  | Żabka  | żabka                  | pl     | balanced | nights      | muteHours
            mute hour 24            | zabka  | Żabka  | żabka                  | pl     | balanced | 22:00-24:00 | muteHours
            """)
    void oneBadFieldIsNamed(
            String description,
            String id,
            String name,
            String query,
            String language,
            String sensitivity,
            String muteHours,
            String field) {
        List<FieldError> problems = BrandValidator.problems(
                new BrandCommand(id, name, query, List.of(language), sensitivity, muteHours), false);
        assertEquals(List.of(field), problems.stream().map(FieldError::field).toList(), description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Żabka with exclusions   | zabka       | Żabka       | żabka -(żaba OR staw*)   | pl | balanced | 23:00-07:00
            bank in two languages   | pko         | PKO BP      | pko OR ipko OR "pko bp"  | en | more     | null
            no id on creation       | null        | Orlen       | orlen                    | pl | fewer    | null
            """)
    void aGoodBrandHasNoProblems(
            String description,
            String id,
            String name,
            String query,
            String language,
            String sensitivity,
            String muteHours) {
        assertEquals(
                List.of(),
                BrandValidator.problems(
                        new BrandCommand(id, name, query, List.of(language), sensitivity, muteHours), false),
                description);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (pko OR ipko
            orlen AND
            """)
    void aQueryThatDoesNotParseNamesThePosition(String query) {
        List<FieldError> problems = BrandValidator.problems(new BrandCommand("x1", "X", query, null, null, null), true);
        assertEquals("query", problems.get(0).field());
        assertTrue(
                problems.get(0).message().contains("position"), problems.get(0).message());
    }
}
