package io.flarewatch.ingest.source.brands;

import io.flarewatch.events.BrandDefinition;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a brand's query that a mention about the brand must contain at least one of: every word and phrase
 * that is not an operator, a filter ({@code lang:pl}) or right after {@code NOT} / {@code -}. A matching mention
 * contains one of them whatever the rest of the query says, so they make a safe cheap pre-filter; the real match is
 * brand-matcher's, in sentiment-service. Of a phrase the longest word is taken (inflection may change the others).
 */
public final class BrandTerms {

    private static final Pattern TOKEN =
            Pattern.compile("\"([^\"]*)\"|(-|=)?([\\p{L}\\p{N}][\\p{L}\\p{N}._'&:/-]*)\\*?|[()]");
    private static final Set<String> OPERATORS = Set.of("and", "or", "not");
    private static final Pattern PROXIMITY = Pattern.compile("(?i)o?near/\\d+");

    private BrandTerms() {}

    /** The terms of {@code brand}'s query, lowercased; its name's words when the query has none. */
    public static List<String> of(BrandDefinition brand) {
        Set<String> terms = new LinkedHashSet<>();
        if (brand.query() != null) {
            collect(brand.query(), terms);
        }
        if (terms.isEmpty() && brand.name() != null) {
            collect(brand.name(), terms);
        }
        return List.copyOf(terms);
    }

    private static void collect(String query, Set<String> terms) {
        Matcher token = TOKEN.matcher(query);
        boolean negated = false;
        while (token.find()) {
            String phrase = token.group(1);
            String word = token.group(3);
            boolean minus = "-".equals(token.group(2));
            if (phrase != null) {
                if (!negated) {
                    longestWord(phrase).ifPresent(terms::add);
                }
                negated = false;
            } else if (word != null) {
                String lower = word.toLowerCase(Locale.ROOT);
                if (lower.equals("not")) {
                    negated = true;
                    continue;
                }
                if (!negated
                        && !minus
                        && !OPERATORS.contains(lower)
                        && !PROXIMITY.matcher(lower).matches()
                        && !lower.contains(":")) {
                    terms.add(lower);
                }
                negated = false;
            } else {
                negated = false; // NOT (...) keeps its words: a wider filter is still a safe one
            }
        }
    }

    private static Optional<String> longestWord(String phrase) {
        return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .reduce((a, b) -> b.length() > a.length() ? b : a);
    }
}
