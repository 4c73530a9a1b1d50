package io.flarewatch.brand;

import org.apache.lucene.search.Query;

/** A parsed brand query: what a PR person wrote, and the Lucene query it became. */
public final class BrandQuery {

    private final String source;
    private final Query query;

    private BrandQuery(String source, Query query) {
        this.source = source;
        this.query = query;
    }

    /**
     * Parses a query of the brand query language (see the package documentation).
     *
     * @throws BrandQuerySyntaxException when it does not parse; the message and {@code position()} say where
     */
    public static BrandQuery parse(String query) throws BrandQuerySyntaxException {
        return new BrandQuery(query, QueryParser.parse(query));
    }

    /** The query as written. */
    public String source() {
        return source;
    }

    /** The Lucene query. */
    Query luceneQuery() {
        return query;
    }

    @Override
    public String toString() {
        return source;
    }
}
