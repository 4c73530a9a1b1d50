package io.flarewatch.brand;

import io.flarewatch.brand.QueryToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Recursive-descent parser of the brand query language into a Lucene query. Precedence, loosest first:
 * {@code OR}, {@code AND} (also implied between terms), {@code NOT}/{@code -}, {@code NEAR/n}.
 */
final class QueryParser {

    private final List<QueryToken> tokens;
    private int next;

    private QueryParser(List<QueryToken> tokens) {
        this.tokens = tokens;
    }

    /** A part of a query: its Lucene query, its span form when it has one, and whether it is an exclusion. */
    private record Part(Query query, SpanQuery span, boolean excluded, int position) {}

    static Query parse(String query) throws BrandQuerySyntaxException {
        if (query == null || query.isBlank()) {
            throw new BrandQuerySyntaxException("the query is empty", 0);
        }
        QueryParser parser = new QueryParser(QueryLexer.tokens(query));
        Part part = parser.or();
        QueryToken rest = parser.peek();
        if (rest.kind() == Kind.CLOSE) {
            throw new BrandQuerySyntaxException("this ')' closes nothing", rest.position());
        }
        if (rest.kind() != Kind.END) {
            throw new BrandQuerySyntaxException("unexpected '" + rest.text() + "'", rest.position());
        }
        if (part.excluded()) {
            throw new BrandQuerySyntaxException(
                    "a query needs something to look for, not only exclusions", part.position());
        }
        return part.query();
    }

    private Part or() throws BrandQuerySyntaxException {
        List<Part> parts = new ArrayList<>(List.of(and()));
        while (peek().kind() == Kind.OR) {
            QueryToken or = take();
            parts.add(and());
            if (parts.stream().anyMatch(Part::excluded)) {
                throw new BrandQuerySyntaxException(
                        "OR cannot join an exclusion; put NOT outside the parentheses", or.position());
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        parts.forEach(p -> builder.add(p.query(), Occur.SHOULD));
        boolean spannable = parts.stream().allMatch(p -> p.span() != null)
                && parts.stream().map(p -> p.span().getField()).distinct().count() == 1;
        SpanQuery span =
                spannable ? new SpanOrQuery(parts.stream().map(Part::span).toArray(SpanQuery[]::new)) : null;
        return new Part(builder.build(), span, false, parts.get(0).position());
    }

    private Part and() throws BrandQuerySyntaxException {
        List<Part> parts = new ArrayList<>(List.of(unary()));
        while (!List.of(Kind.OR, Kind.CLOSE, Kind.END).contains(peek().kind())) {
            if (peek().kind() == Kind.AND) {
                take();
            }
            parts.add(unary());
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.stream().allMatch(Part::excluded)) {
            throw new BrandQuerySyntaxException(
                    "a query needs something to look for, not only exclusions",
                    parts.get(0).position());
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        parts.forEach(p -> builder.add(p.query(), p.excluded() ? Occur.MUST_NOT : Occur.MUST));
        return new Part(builder.build(), null, false, parts.get(0).position());
    }

    private Part unary() throws BrandQuerySyntaxException {
        if (peek().kind() == Kind.NOT) {
            QueryToken not = take();
            Part negated = unary();
            if (negated.excluded()) {
                throw new BrandQuerySyntaxException("a double negation is confusing; remove one NOT", not.position());
            }
            return new Part(negated.query(), null, true, not.position());
        }
        return near();
    }

    private Part near() throws BrandQuerySyntaxException {
        Part left = primary();
        while (peek().kind() == Kind.NEAR || peek().kind() == Kind.ORDERED_NEAR) {
            QueryToken near = take();
            Part right = primary();
            if (left.span() == null
                    || right.span() == null
                    || !left.span().getField().equals(right.span().getField())) {
                throw new BrandQuerySyntaxException(
                        near.text() + " works between words, phrases or (word OR word) groups", near.position());
            }
            SpanQuery span = new SpanNearQuery(
                    new SpanQuery[] {left.span(), right.span()}, near.distance(), near.kind() == Kind.ORDERED_NEAR);
            left = new Part(span, span, false, left.position());
        }
        return left;
    }

    private Part primary() throws BrandQuerySyntaxException {
        QueryToken token = take();
        switch (token.kind()) {
            case OPEN -> {
                Part inner = or();
                if (peek().kind() != Kind.CLOSE) {
                    throw new BrandQuerySyntaxException("the '(' opened here is never closed", token.position());
                }
                take();
                return inner;
            }
            case WORD -> {
                return word(token);
            }
            case PHRASE -> {
                return phrase(token);
            }
            case CASE_WORD -> {
                SpanQuery span = new SpanTermQuery(new Term(Fields.TEXT_CASE, token.text()));
                return new Part(span, span, false, token.position());
            }
            case FILTER -> {
                return new Part(filter(token), null, false, token.position());
            }
            case END ->
                throw new BrandQuerySyntaxException("the query ends where a word was expected", token.position());
            default ->
                throw new BrandQuerySyntaxException(
                        "expected a word, a \"phrase\" or '(' instead of '" + token.text() + "'", token.position());
        }
    }

    private static final ThreadLocal<PolishKeys> KEYS = ThreadLocal.withInitial(PolishKeys::new);

    /** A query word as spans: any of its keys, so that "polskie" also finds "polskimi" (lemma "polski"). */
    private static SpanQuery wordSpan(String word) {
        SpanQuery[] keys = KEYS.get().queryKeys(word).stream()
                .map(key -> new SpanTermQuery(new Term(Fields.TEXT, key)))
                .toArray(SpanQuery[]::new);
        return keys.length == 1 ? keys[0] : new SpanOrQuery(keys);
    }

    private static Query asQuery(SpanQuery span) {
        return span instanceof SpanTermQuery term ? new TermQuery(term.getTerm()) : span;
    }

    private static Part word(QueryToken token) {
        String word = token.text();
        if (word.endsWith("*")) {
            PrefixQuery prefix =
                    new PrefixQuery(new Term(Fields.TEXT, PolishKeys.fold(word.substring(0, word.length() - 1))));
            return new Part(prefix, new SpanMultiTermQueryWrapper<>(prefix), false, token.position());
        }
        SpanQuery span = wordSpan(word);
        return new Part(asQuery(span), span, false, token.position());
    }

    private static Part phrase(QueryToken token) {
        String[] words = token.text().trim().split("[^\\p{L}\\p{N}]+");
        List<SpanQuery> spans = new ArrayList<>();
        for (String word : words) {
            if (!word.isEmpty()) {
                spans.add(wordSpan(word));
            }
        }
        if (spans.size() == 1) {
            return new Part(asQuery(spans.get(0)), spans.get(0), false, token.position());
        }
        SpanQuery phrase = new SpanNearQuery(spans.toArray(SpanQuery[]::new), 0, true);
        return new Part(phrase, phrase, false, token.position());
    }

    private static Query filter(QueryToken token) {
        String value = token.text().toLowerCase(Locale.ROOT);
        return switch (token.field()) {
            case "lang" -> new TermQuery(new Term(Fields.LANG, value));
            case "source" -> new TermQuery(new Term(Fields.SOURCE, value));
            case "author" -> new TermQuery(new Term(Fields.AUTHOR, value.startsWith("@") ? value.substring(1) : value));
            default -> new TermQuery(new Term(Fields.SITE, value.startsWith("www.") ? value.substring(4) : value));
        };
    }

    private QueryToken peek() {
        return tokens.get(next);
    }

    private QueryToken take() {
        QueryToken token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }
}
