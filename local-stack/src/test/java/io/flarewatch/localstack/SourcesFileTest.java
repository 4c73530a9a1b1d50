package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.events.SourceConfig;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local stack's sources file: each entry becomes a source's settings; a bad entry is named and left out. */
class SourcesFileTest {

    private static final Instant MODIFIED = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void entriesBecomeSourceSettingsWithNumbersAsText() throws Exception {
        SourcesFile.Parsed parsed = SourcesFile.parse("""
                [{"sourceId": "rss:gazeta", "connector": "rss",
                  "settings": {"url": "https://gazeta.example.pl/rss", "pollSeconds": 300}},
                 {"sourceId": "bluesky:jetstream", "connector": "bluesky", "enabled": false,
                  "brandIds": ["kurierex"], "settings": {}}]""", MODIFIED);

        assertEquals(
                List.of(
                        new SourceConfig(
                                "rss:gazeta",
                                "rss",
                                true,
                                List.of(),
                                Map.of("url", "https://gazeta.example.pl/rss", "pollSeconds", "300"),
                                MODIFIED),
                        new SourceConfig(
                                "bluesky:jetstream", "bluesky", false, List.of("kurierex"), Map.of(), MODIFIED)),
                parsed.sources());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void anEntryWithoutAKnownConnectorIsNamedAndLeftOut() throws Exception {
        SourcesFile.Parsed parsed =
                SourcesFile.parse("[{\"sourceId\": \"x\", \"connector\": \"twitter\", \"settings\": {}}]", MODIFIED);

        assertEquals(List.of(), parsed.sources());
        assertEquals(
                List.of("entry 1 left out: it needs a sourceId, a connector (one of bluesky, mastodon, rss) and "
                        + "settings"),
                parsed.problems());
    }
}
