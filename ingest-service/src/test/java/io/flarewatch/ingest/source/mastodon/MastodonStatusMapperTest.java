package io.flarewatch.ingest.source.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.Author;
import io.flarewatch.events.EventJson;
import io.flarewatch.ingest.source.SourceItem;
import io.flarewatch.ingest.source.TestPayloads;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mastodon statuses become mentions with text instead of HTML and the author's followers; boosts are skipped. */
class MastodonStatusMapperTest {

    private final MastodonStatusMapper mapper = new MastodonStatusMapper("mastodon");

    @Test
    void aStatusBecomesAMentionWithPlainTextAndFollowers() throws Exception {
        SourceItem item = mapper.map(status(0)).orElseThrow();

        assertEquals("mastodon", item.source());
        assertEquals("https://social.example.org/users/ola/statuses/113500000000000103r1", item.sourceId());
        assertEquals("https://social.example.org/@ola/113500000000000103r1", item.url());
        assertEquals(new Author("ola", "Ola K.", 312), item.author());
        assertEquals("Kurierex znowu zgubił moją paczkę & nikt nie odbiera #kurierex", item.text());
        assertEquals("pl", item.language());
        assertEquals(Instant.parse("2026-11-30T08:02:11Z"), item.publishedAt());
    }

    @Test
    void theContentWarningComesFirstAndARemoteAuthorKeepsItsDomain() throws Exception {
        SourceItem item = mapper.map(status(1)).orElseThrow();

        assertEquals("rant\nWaited three weeks for a #Kurierex delivery. Never again.", item.text());
        assertEquals(new Author("tom@mastodon.example.net", "tom@mastodon.example.net", 4810), item.author());
    }

    @Test
    void aBoostIsNotASecondMention() throws Exception {
        assertTrue(mapper.map(status(2)).isEmpty());
    }

    @Test
    void idsCompareAsNumbers() {
        assertTrue(MastodonPoller.compareIds("99", "100") < 0);
        assertTrue(MastodonPoller.compareIds("113500000000000104", "113500000000000103") > 0);
    }

    private static JsonNode status(int index) throws Exception {
        return EventJson.mapper()
                .readTree(TestPayloads.read("mastodon-tag.json", "r1"))
                .get(index);
    }
}
