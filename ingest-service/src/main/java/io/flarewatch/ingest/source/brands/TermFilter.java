package io.flarewatch.ingest.source.brands;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test of whether a text may be about one of some brands: it contains the stem of one of their terms, as
 * written or without Polish diacritics. A term of five letters or more is cut by its last two, so that inflected
 * forms pass ("Żabka" passes "w żabce", "Kurierexem", "zabka"); terms shorter than three letters are left out
 * (they would let nearly everything through). It lets through more than brand-matcher keeps, never less for the
 * usual brand names: it only spares the service from parsing the whole firehose.
 */
public final class TermFilter {

    static final int MIN_KEY = 3;
    private static final int STEM_FROM = 5;
    private static final int STEM_CUT = 2;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String[] keys;

    private TermFilter(Set<String> keys) {
        this.keys = keys.toArray(String[]::new);
    }

    /** A filter of {@code terms}; one that lets nothing through when there are none. */
    public static TermFilter of(Collection<String> terms) {
        Set<String> keys = new LinkedHashSet<>();
        for (String term : terms) {
            String lower = term.toLowerCase(Locale.ROOT).strip();
            if (lower.length() < MIN_KEY) {
                continue;
            }
            String stem = lower.length() >= STEM_FROM
                    ? lower.substring(0, Math.max(MIN_KEY, lower.length() - STEM_CUT))
                    : lower;
            keys.add(stem);
            keys.add(fold(stem));
        }
        return new TermFilter(keys);
    }

    /** Whether {@code text} contains a key (case-insensitive); false for null. */
    public boolean mayMatch(String text) {
        if (text == null || keys.length == 0) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String key : keys) {
            if (lower.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the filter lets nothing through (no brand, or only too short terms). */
    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** The keys looked for, for tests and logs. */
    List<String> keys() {
        return List.of(keys);
    }

    /** {@code text} without diacritics; ł is not a composed letter, so it is replaced by hand. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('ł', 'l').replace('Ł', 'L');
    }
}
