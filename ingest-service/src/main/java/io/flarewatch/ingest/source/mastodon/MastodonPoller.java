package io.flarewatch.ingest.source.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.ingest.source.Poller;
import io.flarewatch.ingest.source.SourceException;
import io.flarewatch.ingest.source.SourceItem;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Polls a Mastodon instance's public hashtag timeline ({@code /api/v1/timelines/tag/:hashtag}) or its status search
 * ({@code /api/v2/search?type=statuses}), paging forward from the newest status id taken: {@code min_id} asks for
 * the statuses right after it (where {@code since_id} would skip some when more than a page arrived), so nothing is
 * missed between polls; the first poll takes the latest page.
 */
public final class MastodonPoller implements Poller {

    static final int PAGE = 40;
    /** Pages read per poll at most; a busier tag is caught up at the next poll, from the cursor. */
    static final int MAX_PAGES = 10;

    private final URI endpoint;
    private final boolean search;
    private final String accessToken;
    private final MastodonStatusMapper mapper;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * A poller of {@code instance}'s {@code hashtag} timeline, or of its search for {@code query} when the hashtag
     * is null; {@code accessToken} (may be null) is sent as a bearer token, which most instances want for search.
     */
    public MastodonPoller(
            URI instance,
            String hashtag,
            String query,
            String accessToken,
            MastodonStatusMapper mapper,
            HttpClient http,
            Duration timeout) {
        String base = instance.toString().replaceAll("/+$", "");
        this.search = hashtag == null;
        this.endpoint = URI.create(
                search
                        ? base + "/api/v2/search?type=statuses&resolve=false&limit=" + PAGE + "&q=" + encode(query)
                        : base + "/api/v1/timelines/tag/" + encode(hashtag.replaceFirst("^#", "")) + "?limit=" + PAGE);
        this.accessToken = accessToken;
        this.mapper = mapper;
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public Poll poll(String cursorJson) throws SourceException {
        String cursor = MastodonCursor.parse(cursorJson).sinceId();
        List<SourceItem> items = new ArrayList<>();
        String newest = cursor;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<JsonNode> statuses = fetch(newest);
            if (statuses.isEmpty()) {
                break;
            }
            statuses.sort(Comparator.comparing(status -> status.path("id").asText(), MastodonPoller::compareIds));
            for (JsonNode status : statuses) {
                mapper.map(status).ifPresent(items::add);
            }
            newest = statuses.get(statuses.size() - 1).path("id").asText();
            if (cursor == null || statuses.size() < PAGE) {
                break;
            }
        }
        return new Poll(items, newest == null ? cursorJson : new MastodonCursor(newest).json());
    }

    /** Mastodon ids are decimal numbers as strings, longer is newer. */
    static int compareIds(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private List<JsonNode> fetch(String minId) throws SourceException {
        URI uri = minId == null ? endpoint : URI.create(endpoint + "&min_id=" + encode(minId));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", "Flarewatch/0.1 (brand monitoring)");
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SourceException("Mastodon timed out after " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new SourceException("could not reach Mastodon: " + SourceException.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw SourceException.httpStatus(
                    "Mastodon", response.statusCode(), response.headers().firstValue("Retry-After"));
        }
        try {
            JsonNode body = EventJson.mapper().readTree(response.body());
            JsonNode statuses = search ? body.path("statuses") : body;
            if (!statuses.isArray()) {
                throw new SourceException("Mastodon answered something other than a list of statuses");
            }
            List<JsonNode> list = new ArrayList<>();
            statuses.forEach(list::add);
            return list;
        } catch (JsonProcessingException e) {
            throw new SourceException("Mastodon answered malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
