package io.flarewatch.ingest.source.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.Author;
import io.flarewatch.ingest.source.HtmlText;
import io.flarewatch.ingest.source.SourceItem;
import io.flarewatch.ingest.source.SourceItems;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Turns a Mastodon status (the REST API's JSON) into a mention: its id is the status's {@code uri}, the same on
 * every instance, so a post federated to two watched instances is one mention; the text is the content warning
 * and the content as plain text; the author is the account's {@code acct} with its follower count.
 */
public final class MastodonStatusMapper {

    private final String source;

    /** A mapper writing {@code source} into each mention. */
    public MastodonStatusMapper(String source) {
        this.source = source;
    }

    /** The mention of {@code status}; empty for a boost (its original is what counts) or a status without text. */
    public Optional<SourceItem> map(JsonNode status) {
        if (status.hasNonNull("reblog")) {
            return Optional.empty();
        }
        String uri = text(status, "uri");
        String id = uri != null ? uri : text(status, "id");
        String spoiler = HtmlText.of(text(status, "spoiler_text"));
        String content = HtmlText.of(text(status, "content"));
        String body = spoiler.isEmpty() ? content : content.isEmpty() ? spoiler : spoiler + "\n" + content;
        Instant publishedAt = instant(text(status, "created_at"));
        if (id == null || body.isEmpty() || publishedAt == null) {
            return Optional.empty();
        }
        JsonNode account = status.path("account");
        String acct = text(account, "acct");
        String name = text(account, "display_name");
        long followers = Math.max(0, account.path("followers_count").asLong(0));
        String url = text(status, "url");
        return Optional.of(new SourceItem(
                source,
                SourceItems.sourceId(id),
                url != null && url.startsWith("http") ? url : null,
                new Author(acct != null ? acct : name, name != null ? name : acct, followers),
                SourceItems.text(body),
                SourceItems.language(text(status, "language")),
                publishedAt));
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
