package io.flarewatch.sentiment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Tells Polish from English (or neither) by their commonest words and Polish letters. */
final class LanguageDetector {

    private static final Set<String> POLISH = Set.of("i", "w", "z", "na", "nie", "się", "to", "jest", "że", "do", "od",
            "po", "jak", "ale", "co", "mi", "mnie", "już", "tak", "czy", "jestem", "był", "była", "bardzo", "dla", "ten",
            "ta", "tego", "tylko", "jeszcze", "są", "mam", "ma", "przez", "bez", "dzień", "kiedy", "znowu", "oraz", "we");
    private static final Set<String> ENGLISH = Set.of("the", "a", "an", "and", "is", "are", "was", "were", "to", "of",
            "in", "on", "for", "with", "my", "i", "you", "it", "this", "that", "not", "no", "but", "have", "has", "be",
            "so", "just", "at", "your", "me", "they", "we", "what", "do", "don't", "can't", "very", "still", "from");
    private static final Set<String> EXTRA_COMMON = Set.of("była", "było", "były", "będzie", "jest", "są", "mój", "moja",
            "moje", "który", "która", "które", "jego", "jej", "ich", "tym", "tej", "tych", "będę", "można", "what", "does",
            "did", "will", "would", "could", "should", "there", "their", "them", "then", "than", "when", "where", "which",
            "who", "how", "about", "after", "before", "because", "been", "being", "here", "into", "our", "out", "over",
            "some", "such", "these", "those", "through", "today", "tomorrow", "yesterday", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "get", "got", "going", "one", "all", "any");
    private static final String POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    private LanguageDetector() {
    }

    /** Whether a word is one of the commonest Polish or English words, which carry no sentiment of their own. */
    static boolean isCommonWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return POLISH.contains(lower) || ENGLISH.contains(lower) || EXTRA_COMMON.contains(lower);
    }

    /** The commonest Polish and English words, which carry no sentiment of their own. */
    static Set<String> commonWords() {
        Set<String> all = new HashSet<>(POLISH);
        all.addAll(ENGLISH);
        all.addAll(EXTRA_COMMON);
        return all;
    }

    /** {@code pl}, {@code en} or {@code other}. */
    static String detect(List<Token> tokens, String text) {
        int polish = 0;
        int english = 0;
        for (Token token : tokens) {
            if (token.kind() != Token.Kind.WORD) {
                continue;
            }
            String word = token.text().toLowerCase(Locale.ROOT);
            if (POLISH.contains(word)) {
                polish++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (POLISH_LETTERS.indexOf(text.charAt(i)) >= 0) {
                polish += 2;
                break;
            }
        }
        if (polish == 0 && english == 0) {
            return "other";
        }
        return polish >= english ? "pl" : "en";
    }
}
