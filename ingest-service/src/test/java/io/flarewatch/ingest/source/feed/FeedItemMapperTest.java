package io.flarewatch.ingest.source.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.rometools.rome.feed.synd.SyndFeed;
import io.flarewatch.events.Author;
import io.flarewatch.ingest.source.SourceItem;
import io.flarewatch.ingest.source.TestPayloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Feed items become mentions with plain text, the feed's language and the item's own time. */
class FeedItemMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anRssItemBecomesAMentionWithTitleAndDescriptionAsPlainText() throws Exception {
        List<SourceItem> items = new FeedItemMapper("news", null).map(parse("news-rss.xml"), NOW);

        assertEquals(2, items.size());
        SourceItem first = items.get(0);
        assertEquals("news", first.source());
        assertEquals("gazeta-r1-1001", first.sourceId());
        assertEquals("https://gazeta.example.pl/biznes/kurierex-sortownia-r1", first.url());
        assertEquals(new Author("Anna Nowak", "Anna Nowak", 0), first.author());
        assertEquals(
                "Kurierex: tysiące paczek utknęły w sortowni\n"
                        + "Klienci Kurierexu skarżą się na opóźnienia & brak kontaktu z infolinią.",
                first.text());
        assertEquals("pl", first.language());
        assertEquals(Instant.parse("2026-11-30T07:15:00Z"), first.publishedAt());
        assertEquals(
                new Author("Gazeta Przykładowa – Biznes", "Gazeta Przykładowa – Biznes", 0),
                items.get(1).author());
    }

    @Test
    void anAtomEntryUsesItsIdContentAndTheFeedsLanguage() throws Exception {
        List<SourceItem> items = new FeedItemMapper("blog", "pl").map(parse("blog-atom.xml"), NOW);

        SourceItem outage = items.get(0);
        assertEquals("tag:telecomwatch.example.com,2026:r1-outage", outage.sourceId());
        assertEquals("https://telecomwatch.example.com/2026/11/brightcell-outage-r1", outage.url());
        assertEquals(
                "Brightcell outage leaves customers without signal\n"
                        + "Thousands of Brightcell users reported no service this morning.",
                outage.text());
        assertEquals("en", outage.language());
        assertEquals(Instant.parse("2026-11-30T09:05:00Z"), outage.publishedAt());
        assertEquals(Instant.parse("2026-11-29T12:00:00Z"), items.get(1).publishedAt(), "updated when never published");
        assertEquals(
                "Five tips for a cheaper phone plan\nCompare offers before you sign.",
                items.get(1).text());
    }

    @Test
    void theSourcesLanguageServesAFeedThatNamesNone() throws Exception {
        String withoutLanguage = TestPayloads.read("news-rss.xml", "r1").replace("<language>pl-PL</language>", "");
        SyndFeed feed = FeedPoller.parse(withoutLanguage.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                "pl", new FeedItemMapper("news", "pl").map(feed, NOW).get(0).language());
        assertNull(new FeedItemMapper("news", null).map(feed, NOW).get(0).language());
    }

    private static SyndFeed parse(String name) throws Exception {
        return FeedPoller.parse(TestPayloads.read(name, "r1").getBytes(StandardCharsets.UTF_8));
    }
}
