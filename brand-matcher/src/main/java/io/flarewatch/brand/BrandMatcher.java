package io.flarewatch.brand;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;

/**
 * Every brand's query in one Lucene Monitor: tells which brands a mention names and which of its words
 * matched. Thread-safe: mentions may be matched while brands are added, changed and removed.
 */
public final class BrandMatcher implements Closeable {

    /**
     * Each query is indexed under two independent choices of its terms and a mention must hit both, so that
     * {@code brand NEAR/5 (dostawa OR zwrot)} is not tried on every mention that merely says "dostawa".
     */
    private static final int PRESEARCH_PASSES = 2;

    private final Monitor monitor;

    /** An empty matcher. */
    public BrandMatcher() {
        try {
            this.monitor = new Monitor(new MentionAnalyzer(), new MultipassTermFilteredPresearcher(PRESEARCH_PASSES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a brand's query, or replaces the brand's previous one. */
    public void upsert(String brandId, BrandQuery query) {
        try {
            monitor.register(new MonitorQuery(brandId, query.luceneQuery()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops matching a brand. */
    public void remove(String brandId) {
        try {
            monitor.deleteById(brandId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every brand whose query the mention satisfies, in brand id order, with the words that matched. */
    public List<BrandMatch> match(MentionDocument mention) {
        MatchingQueries<HighlightsMatch> matches;
        try {
            // The two-pass presearcher leaves almost only the queries that do match, so highlights cost little.
            matches = monitor.match(MentionDocuments.toDocument(mention), HighlightsMatch.MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<BrandMatch> result = new ArrayList<>();
        for (HighlightsMatch match : matches.getMatches()) {
            result.add(new BrandMatch(match.getQueryId(), matchedWords(match, mention.text())));
        }
        result.sort(Comparator.comparing(BrandMatch::brandId));
        return result;
    }

    /** How many brands are registered. */
    public int size() {
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the Monitor's query index and its background purge task. */
    @Override
    public void close() throws IOException {
        monitor.close();
    }

    private static List<String> matchedWords(HighlightsMatch match, String text) {
        TreeMap<Integer, String> byOffset = new TreeMap<>();
        for (String field : List.of(Fields.TEXT, Fields.TEXT_CASE)) {
            for (HighlightsMatch.Hit hit : match.getHits(field)) {
                if (text != null
                        && hit.startOffset >= 0
                        && hit.endOffset <= text.length()
                        && hit.startOffset < hit.endOffset) {
                    byOffset.putIfAbsent(hit.startOffset, text.substring(hit.startOffset, hit.endOffset));
                }
            }
        }
        return List.copyOf(new LinkedHashSet<>(byOffset.values()));
    }
}
