package io.flarewatch.ingest.source.health;

import io.flarewatch.events.Mention;
import io.flarewatch.ingest.service.AcceptedMentionListener;
import io.flarewatch.ingest.source.SourceRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Source health of mentions POSTed to ingest: each value of their {@code source} field is a source
 * {@code api:<source>} of connector {@code api}. The names are free, so after {@value #MAX_SOURCES} of them the
 * rest share {@code api:other}, keeping the metrics' tag values a bounded set.
 */
@ApplicationScoped
public class ApiSourceHealth implements AcceptedMentionListener {

    static final int MAX_SOURCES = 100;
    static final String CONNECTOR = "api";

    private final SourceHealthTracker tracker;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    ApiSourceHealth(SourceHealthTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void accepted(Mention mention) {
        SourceRef source = new SourceRef("api:" + bounded(mention.source()), CONNECTOR);
        tracker.accepted(source, mention);
        tracker.succeeded(source);
    }

    private String bounded(String source) {
        if (known.contains(source)) {
            return source;
        }
        if (known.size() < MAX_SOURCES) {
            known.add(source);
            return source;
        }
        return "other";
    }
}
