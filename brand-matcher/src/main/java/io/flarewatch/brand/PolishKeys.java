package io.flarewatch.brand;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;

/**
 * The lookup keys of a word: lowercased without diacritics, its Morfologik lemmas, and its stem without a
 * Polish case ending (for names the dictionary does not know). Not thread-safe (Morfologik's lookup is not).
 */
final class PolishKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Stems shorter than this are not produced: "lot" must not come from "loty" and "lotu" only by accident. */
    private static final int MIN_STEM = 3;
    /** Case endings (without diacritics) and what replaces them, longest first; e.g. "InPoście" → "inpost". */
    private static final List<String[]> ENDINGS = List.of(
            new String[] {"scie", "st"},
            new String[] {"dzie", "d"},
            new String[] {"owie", ""},
            new String[] {"ami", ""},
            new String[] {"ach", ""},
            new String[] {"owi", ""},
            new String[] {"iem", ""},
            new String[] {"rze", "r"},
            new String[] {"ce", "k"},
            new String[] {"dze", "g"},
            new String[] {"em", ""},
            new String[] {"om", ""},
            new String[] {"ie", ""},
            new String[] {"u", ""},
            new String[] {"a", ""},
            new String[] {"y", ""},
            new String[] {"i", ""},
            new String[] {"e", ""},
            new String[] {"o", ""});

    /** Words repeat a lot in mentions; dictionary lookups are the costly part of matching, so they are remembered. */
    private static final int CACHE_LIMIT = 100_000;

    private final PolishStemmer stemmer = new PolishStemmer();
    private final Map<String, Set<String>> cache = new HashMap<>();

    /** The keys of {@code word}, the plain folded form first. */
    Set<String> keys(String word) {
        Set<String> known = cache.get(word);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        Set<String> keys = computeKeys(word);
        cache.put(word, keys);
        return keys;
    }

    private Set<String> computeKeys(String word) {
        Set<String> keys = new LinkedHashSet<>();
        String folded = fold(word);
        keys.add(folded);
        addLemmas(word, keys);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals(word)) {
            addLemmas(lower, keys);
        }
        for (String[] ending : ENDINGS) {
            if (folded.endsWith(ending[0]) && folded.length() - ending[0].length() >= MIN_STEM) {
                keys.add(folded.substring(0, folded.length() - ending[0].length()) + ending[1]);
            }
        }
        return Collections.unmodifiableSet(keys);
    }

    /** How a query word is looked up: its folded form and, for dictionary words, its folded lemmas. */
    Set<String> queryKeys(String word) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(fold(word));
        addLemmas(word.toLowerCase(Locale.ROOT), keys);
        return keys;
    }

    private void addLemmas(String word, Set<String> keys) {
        for (WordData data : stemmer.lookup(word)) {
            CharSequence stem = data.getStem();
            if (stem != null && stem.length() > 0) {
                keys.add(fold(stem.toString()));
            }
        }
    }

    /** Lowercase, without diacritics ("Żółć" → "zolc"). */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return COMBINING_MARKS
                .matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                .replaceAll("");
    }
}
