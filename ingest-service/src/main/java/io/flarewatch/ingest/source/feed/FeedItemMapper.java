package io.flarewatch.ingest.source.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.flarewatch.events.Author;
import io.flarewatch.ingest.source.HtmlText;
import io.flarewatch.ingest.source.SourceItem;
import io.flarewatch.ingest.source.SourceItems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Turns the entries of an RSS 2.0 or Atom feed into mentions: the id is the item's guid (RSS) or id (Atom), else its
 * link; the text is the title and the description (or content) as plain text; the author is the item's author, else
 * the feed's title; the language is the feed's, else the source's setting.
 */
public final class FeedItemMapper {

    private final String source;
    private final String fallbackLanguage;

    /** A mapper writing {@code source} into each mention, with {@code fallbackLanguage} (may be null). */
    public FeedItemMapper(String source, String fallbackLanguage) {
        this.source = source;
        this.fallbackLanguage = fallbackLanguage;
    }

    /** The id of {@code entry} (what the cursor remembers), null when it has neither id nor link. */
    public static String idOf(SyndEntry entry) {
        String id = blankToNull(entry.getUri());
        return id != null ? id : blankToNull(entry.getLink());
    }

    /** The mentions of the entries of {@code feed}, skipping those without id or text; undated ones at {@code now}. */
    public List<SourceItem> map(SyndFeed feed, Instant now) {
        String language = SourceItems.language(feed.getLanguage());
        if (language == null) {
            language = fallbackLanguage;
        }
        String feedTitle = blankToNull(HtmlText.of(feed.getTitle()));
        List<SourceItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String id = idOf(entry);
            String text = text(entry);
            if (id == null || text.isEmpty()) {
                continue;
            }
            String authorName = blankToNull(entry.getAuthor());
            String name = authorName != null ? authorName : feedTitle != null ? feedTitle : source;
            items.add(new SourceItem(
                    source,
                    SourceItems.sourceId(id),
                    webLink(entry.getLink()),
                    new Author(name, name, 0),
                    SourceItems.text(text),
                    language,
                    instant(entry.getPublishedDate(), entry.getUpdatedDate(), now)));
        }
        return items;
    }

    private static String text(SyndEntry entry) {
        String title = HtmlText.of(entry.getTitle());
        String body = entry.getDescription() != null
                ? HtmlText.of(entry.getDescription().getValue())
                : "";
        if (body.isEmpty()) {
            for (SyndContent content : entry.getContents()) {
                body = HtmlText.of(content.getValue());
                if (!body.isEmpty()) {
                    break;
                }
            }
        }
        if (title.isEmpty() || body.isEmpty() || body.startsWith(title)) {
            return (title.isEmpty() ? body : body.isEmpty() ? title : body).trim();
        }
        return title + "\n" + body;
    }

    private static Instant instant(Date published, Date updated, Instant now) {
        Date date = published != null ? published : updated;
        return date != null ? date.toInstant() : now;
    }

    private static String webLink(String link) {
        return link != null && link.matches("(?i)https?://\\S+") ? link : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
