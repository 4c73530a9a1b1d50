package io.flarewatch.ingest.source;

import io.flarewatch.events.SourceConfig;
import io.flarewatch.ingest.source.SourceSettings.InvalidSettings;
import io.flarewatch.ingest.source.bluesky.JetstreamConnector;
import io.flarewatch.ingest.source.bluesky.JetstreamEvents;
import io.flarewatch.ingest.source.brands.BrandTermsListener;
import io.flarewatch.ingest.source.feed.FeedItemMapper;
import io.flarewatch.ingest.source.feed.FeedPoller;
import io.flarewatch.ingest.source.health.SourceHealthTracker;
import io.flarewatch.ingest.source.mastodon.MastodonPoller;
import io.flarewatch.ingest.source.mastodon.MastodonStatusMapper;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Builds the connector a {@link SourceConfig} asks for, with its settings read and checked. */
@ApplicationScoped
public class ConnectorFactory {

    /** The connectors there are, as named in {@link SourceConfig#connector()}. */
    public static final List<String> CONNECTORS = List.of("rss", "mastodon", "bluesky");

    static final Duration FEED_POLL = Duration.ofMinutes(5);
    static final Duration MASTODON_POLL = Duration.ofMinutes(1);
    static final String JETSTREAM = "wss://jetstream2.us-east.bsky.network/subscribe";
    /** Polling loops share these threads; a poll mostly waits for the network. */
    private static final int POLL_THREADS = 4;

    private final ConnectorContext context;
    private final BrandTermsListener brands;

    ConnectorFactory(
            SourcesConfig config,
            MentionIntake intake,
            CursorRepository cursors,
            SourceHealthTracker health,
            BrandTermsListener brands) {
        this.brands = brands;
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(POLL_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "source-poll");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(config.httpTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.context = new ConnectorContext(
                intake,
                cursors,
                health,
                new Backoff(config.backoffInitial(), config.backoffMax()),
                scheduler,
                http,
                config.httpTimeout());
    }

    /** A connector for {@code config}, not started; throws {@link InvalidSettings} naming what is wrong. */
    public SourceConnector create(SourceConfig config) {
        SourceRef source = new SourceRef(config.sourceId(), config.connector());
        SourceSettings settings = new SourceSettings(config.settings());
        return switch (config.connector() == null ? "" : config.connector()) {
            case "rss" -> feed(source, settings);
            case "mastodon" -> mastodon(source, settings);
            case "bluesky" ->
                new JetstreamConnector(
                        source,
                        endpoint(settings),
                        new JetstreamEvents(settings.text("source", "bluesky")),
                        brands,
                        config.brandIds() == null ? List.of() : config.brandIds(),
                        context);
            default ->
                throw new InvalidSettings(
                        "unknown connector '" + config.connector() + "'; one of " + String.join(", ", CONNECTORS));
        };
    }

    private SourceConnector feed(SourceRef source, SourceSettings settings) {
        FeedItemMapper mapper = new FeedItemMapper(settings.text("source", "news"), settings.text("language", null));
        FeedPoller poller = new FeedPoller(settings.url("url"), mapper, context.http(), context.httpTimeout());
        return new PollingLoop(source, poller, settings.seconds("pollSeconds", FEED_POLL), context);
    }

    private SourceConnector mastodon(SourceRef source, SourceSettings settings) {
        String hashtag = settings.text("hashtag", null);
        String query = settings.text("query", null);
        if ((hashtag == null) == (query == null)) {
            throw new InvalidSettings("a Mastodon source needs exactly one of the settings 'hashtag' and 'query'");
        }
        MastodonPoller poller = new MastodonPoller(
                settings.url("instance"),
                hashtag,
                query,
                settings.text("accessToken", null),
                new MastodonStatusMapper(settings.text("source", "mastodon")),
                context.http(),
                context.httpTimeout());
        return new PollingLoop(source, poller, settings.seconds("pollSeconds", MASTODON_POLL), context);
    }

    private static URI endpoint(SourceSettings settings) {
        return settings.text("endpoint", null) == null ? URI.create(JETSTREAM) : settings.url("endpoint");
    }

    void close(@Observes ShutdownEvent event) {
        context.scheduler().shutdownNow();
    }
}
