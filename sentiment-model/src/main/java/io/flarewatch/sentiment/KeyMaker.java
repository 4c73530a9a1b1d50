package io.flarewatch.sentiment;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The lexicon keys of a word in a language. Polish: Morfologik lemmas without diacritics, the word itself
 * without diacritics (text typed without them), and its stem without a case ending (words the dictionary
 * lacks). English: the lowercase word and its Snowball stem. Instances are not thread-safe.
 */
final class KeyMaker {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final List<String> POLISH_ENDINGS =
            List.of("ami", "ach", "owi", "iem", "em", "om", "ie", "u", "a", "y", "i", "e", "o");
    private static final int MIN_STEM = 4;

    /** Words repeat a lot in mentions and dictionary lookups are the costly part of scoring, so keys are remembered. */
    private static final int CACHE_LIMIT = 100_000;

    private final PolishStemmer polish = new PolishStemmer();
    private final EnglishStemmer english = new EnglishStemmer();
    private final Map<String, Set<String>> polishCache = new HashMap<>();
    private final Map<String, Set<String>> englishCache = new HashMap<>();

    /** The keys of {@code word} in {@code language}, most specific first. */
    Set<String> keys(String word, String language) {
        Map<String, Set<String>> cache = "en".equals(language) ? englishCache : polishCache;
        Set<String> known = cache.get(word);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        Set<String> keys = java.util.Collections.unmodifiableSet(computeKeys(word, language));
        cache.put(word, keys);
        return keys;
    }

    /**
     * The one key a word is learned under: for Polish its first Morfologik lemma (the dictionary's commonest
     * reading; several lemmas at one position are not combined), else its form without diacritics; for English its
     * Snowball stem.
     */
    String featureKey(String word, String language) {
        Set<String> keys = keys(word, language);
        String chosen = null;
        for (String key : keys) {
            if ("en".equals(language)) {
                chosen = key;
            } else if (chosen == null) {
                chosen = key;
            }
        }
        return chosen;
    }

    private Set<String> computeKeys(String word, String language) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> keys = new LinkedHashSet<>();
        if ("en".equals(language)) {
            keys.add(lower);
            english.setCurrent(lower);
            english.stem();
            keys.add(english.getCurrent());
            return keys;
        }
        for (WordData data : polish.lookup(lower)) {
            if (data.getStem() != null) {
                keys.add(fold(data.getStem().toString()));
            }
        }
        String folded = fold(lower);
        keys.add(folded);
        for (String ending : POLISH_ENDINGS) {
            if (folded.endsWith(ending) && folded.length() - ending.length() >= MIN_STEM) {
                keys.add("~" + folded.substring(0, folded.length() - ending.length()));
                break;
            }
        }
        return keys;
    }

    /** Lowercase, without diacritics; Polish letters are mapped directly, other accents through Unicode decomposition. */
    static String fold(String word) {
        StringBuilder folded = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            int plain = POLISH_PLAIN.indexOf(c);
            if (plain >= 0) {
                folded.append(POLISH_FOLDED.charAt(plain));
            } else if (c < 128) {
                folded.append(c);
            } else {
                return MARKS.matcher(Normalizer.normalize(
                                word.toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return folded.toString();
    }

    private static final String POLISH_PLAIN = "ąćęłńóśźż";
    private static final String POLISH_FOLDED = "acelnoszz";
}
