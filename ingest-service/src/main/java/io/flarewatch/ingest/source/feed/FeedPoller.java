package io.flarewatch.ingest.source.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.flarewatch.ingest.source.Poller;
import io.flarewatch.ingest.source.SourceException;
import io.flarewatch.ingest.source.SourceItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls one RSS 2.0 or Atom feed with a conditional GET ({@code If-None-Match}, {@code If-Modified-Since}): a
 * {@code 304} is a success with nothing new; a 200 is parsed with ROME and its items not seen before are new. An
 * error answer, a timeout or a body that is not a feed fails the poll, and the loop backs off.
 */
public final class FeedPoller implements Poller {

    /** No real feed is larger; a bigger body is refused rather than parsed into memory. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    static final String USER_AGENT = "Flarewatch/0.1 (brand monitoring; feed reader)";
    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

    /** An Atom root element with its {@code xml:lang}, looked for in the first bytes of the body. */
    private static final Pattern ROOT_LANGUAGE = Pattern.compile("<feed\\b[^>]*\\bxml:lang=[\"']([A-Za-z_-]+)[\"']");

    private static final int ROOT_SEARCH = 4_096;

    private final URI url;
    private final FeedItemMapper mapper;
    private final HttpClient http;
    private final Duration timeout;

    /** A poller of the feed at {@code url}, each request limited to {@code timeout}. */
    public FeedPoller(URI url, FeedItemMapper mapper, HttpClient http, Duration timeout) {
        this.url = url;
        this.mapper = mapper;
        this.http = http;
        this.timeout = timeout;
    }

    @Override
    public Poll poll(String cursorJson) throws SourceException {
        FeedCursor cursor = FeedCursor.parse(cursorJson);
        HttpResponse<InputStream> response = get(cursor);
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                return new Poll(List.of(), cursorJson);
            }
            if (response.statusCode() / 100 != 2) {
                throw SourceException.httpStatus(
                        "the feed", response.statusCode(), response.headers().firstValue("Retry-After"));
            }
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new SourceException("the feed is larger than " + MAX_BODY_BYTES + " bytes");
            }
            SyndFeed feed = parse(bytes);
            List<SourceItem> items = mapper.map(feed, Instant.now());
            List<SourceItem> fresh = items.stream()
                    .filter(item -> !cursor.hasSeen(item.sourceId()))
                    .toList();
            List<String> ids = items.stream().map(SourceItem::sourceId).toList();
            FeedCursor next = cursor.next(
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null),
                    ids);
            return new Poll(fresh, next.json());
        } catch (HttpTimeoutException e) {
            throw new SourceException("the feed timed out after " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new SourceException("reading the feed failed: " + SourceException.describe(e), e);
        }
    }

    private HttpResponse<InputStream> get(FeedCursor cursor) throws SourceException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT);
        if (cursor.etag() != null) {
            request.header("If-None-Match", cursor.etag());
        }
        if (cursor.lastModified() != null) {
            request.header("If-Modified-Since", cursor.lastModified());
        }
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new SourceException("the feed timed out after " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new SourceException("could not reach the feed: " + SourceException.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted", e);
        }
    }

    /** The feed in {@code bytes}; an Atom feed's {@code xml:lang}, which ROME leaves out, as its language. */
    static SyndFeed parse(byte[] bytes) throws SourceException, IOException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            SyndFeed feed = new SyndFeedInput().build(reader);
            if (feed.getLanguage() == null) {
                String head = new String(bytes, 0, Math.min(bytes.length, ROOT_SEARCH), StandardCharsets.UTF_8);
                Matcher lang = ROOT_LANGUAGE.matcher(head);
                feed.setLanguage(lang.find() ? lang.group(1) : null);
            }
            return feed;
        } catch (FeedException | IllegalArgumentException e) {
            throw new SourceException("not a valid RSS or Atom feed: " + SourceException.describe(e), e);
        }
    }
}
