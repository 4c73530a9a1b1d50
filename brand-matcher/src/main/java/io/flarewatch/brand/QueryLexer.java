package io.flarewatch.brand;

import io.flarewatch.brand.QueryToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a brand query into tokens, knowing where each starts. */
final class QueryLexer {

    private static final Pattern NEAR = Pattern.compile("(O?NEAR)/(\\d{1,3})");
    private static final Set<String> FILTERS = Set.of("lang", "source", "author", "site");

    private QueryLexer() {}

    static List<QueryToken> tokens(String query) throws BrandQuerySyntaxException {
        List<QueryToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new QueryToken(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), null, 0, i));
                i++;
            } else if (c == '"') {
                int end = query.indexOf('"', i + 1);
                if (end < 0) {
                    throw new BrandQuerySyntaxException("the phrase opened here has no closing quote", i);
                }
                if (query.substring(i + 1, end).isBlank()) {
                    throw new BrandQuerySyntaxException("the phrase is empty", i);
                }
                tokens.add(new QueryToken(Kind.PHRASE, query.substring(i + 1, end), null, 0, i));
                i = end + 1;
            } else if (c == '-' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1))) {
                tokens.add(new QueryToken(Kind.NOT, "-", null, 0, i));
                i++;
            } else {
                int end = wordEnd(query, i);
                tokens.add(classify(query.substring(i, end), i));
                i = end;
            }
        }
        tokens.add(new QueryToken(Kind.END, "", null, 0, query.length()));
        return tokens;
    }

    private static int wordEnd(String query, int start) {
        int end = start;
        while (end < query.length()
                && !Character.isWhitespace(query.charAt(end))
                && "()\"".indexOf(query.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static QueryToken classify(String word, int position) throws BrandQuerySyntaxException {
        switch (word) {
            case "AND":
                return new QueryToken(Kind.AND, word, null, 0, position);
            case "OR":
                return new QueryToken(Kind.OR, word, null, 0, position);
            case "NOT":
                return new QueryToken(Kind.NOT, word, null, 0, position);
            default:
                break;
        }
        Matcher near = NEAR.matcher(word);
        if (near.matches()) {
            Kind kind = near.group(1).startsWith("O") ? Kind.ORDERED_NEAR : Kind.NEAR;
            return new QueryToken(kind, word, null, Integer.parseInt(near.group(2)), position);
        }
        if (word.startsWith("NEAR") || word.startsWith("ONEAR")) {
            throw new BrandQuerySyntaxException("NEAR needs a distance in words, like NEAR/5", position);
        }
        if (word.startsWith("=")) {
            if (word.length() == 1) {
                throw new BrandQuerySyntaxException(
                        "'=' must be followed by the word to match case-sensitively, like =LOT", position);
            }
            return new QueryToken(Kind.CASE_WORD, word.substring(1), null, 0, position);
        }
        int colon = word.indexOf(':');
        if (colon > 0 && FILTERS.contains(word.substring(0, colon))) {
            if (colon == word.length() - 1) {
                throw new BrandQuerySyntaxException("the filter " + word + " needs a value, like lang:pl", position);
            }
            return new QueryToken(Kind.FILTER, word.substring(colon + 1), word.substring(0, colon), 0, position);
        }
        if (word.endsWith("*") && word.length() < 3) {
            throw new BrandQuerySyntaxException("a wildcard needs at least two letters before the *", position);
        }
        if (word.indexOf('*') >= 0 && word.indexOf('*') < word.length() - 1) {
            throw new BrandQuerySyntaxException("* is only allowed at the end of a word", position + word.indexOf('*'));
        }
        return new QueryToken(Kind.WORD, word, null, 0, position);
    }
}
