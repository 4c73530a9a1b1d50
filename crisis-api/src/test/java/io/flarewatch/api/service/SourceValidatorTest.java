package io.flarewatch.api.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Source settings are checked field by field before they reach the connectors. */
class SourceValidatorTest {

    @Test
    void validSettingsOfEachConnectorPass() {
        assertEquals(List.of(), problems("rss:onet", "rss", Map.of("url", "https://onet.pl/rss", "pollSeconds", "60")));
        assertEquals(
                List.of(),
                problems(
                        "mastodon:social#kurierex",
                        "mastodon",
                        Map.of("instance", "https://mastodon.social", "hashtag", "kurierex")));
        assertEquals(List.of(), problems("bluesky:jetstream", "bluesky", Map.of()));
    }

    @Test
    void anUnknownConnectorAndAMissingAddressAreNamed() {
        assertEquals(List.of("connector"), fields(problems("twitter:x", "twitter", Map.of())));
        assertEquals(List.of("settings.url"), fields(problems("rss:onet", "rss", Map.of())));
        assertEquals(List.of("settings.instance"), fields(problems("mastodon:m", "mastodon", Map.of("hashtag", "x"))));
    }

    @Test
    void badValuesAreNamed() {
        assertEquals(
                List.of("id", "settings.url", "settings.pollSeconds"),
                fields(problems("onet", "rss", Map.of("url", "ftp://onet.pl/rss", "pollSeconds", "often"))));
        assertEquals(List.of("id"), fields(problems("mastodon:x", "rss", Map.of("url", "https://onet.pl/rss"))));
        assertEquals(
                List.of("brandIds"),
                fields(SourceValidator.problems(
                        "rss:a",
                        new SourceCommand("rss", true, List.of("Not A Brand"), Map.of("url", "https://a.pl")))));
    }

    private static List<FieldError> problems(String id, String connector, Map<String, String> settings) {
        return SourceValidator.problems(id, new SourceCommand(connector, null, null, settings));
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}
