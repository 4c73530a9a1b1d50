package io.flarewatch.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Phrases (or cues) found by the keys of their first word, so that a token is checked only against the phrases that
 * can start there rather than against all of them; a prefix (word*) is found by its first three letters.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseIndex<T> {

    private final Map<String, List<T>> byFirstKey = new HashMap<>();
    /** Phrases whose first word is a prefix, by the prefix's first {@link #PREFIX_KEY} letters. */
    private final Map<String, List<T>> byPrefix = new HashMap<>();
    /** Phrases whose first word is a prefix shorter than {@link #PREFIX_KEY} letters: candidates everywhere. */
    private final List<T> byShortPrefix = new ArrayList<>();

    private static final int PREFIX_KEY = 3;
    private final Function<T, Phrase> phraseOf;

    PhraseIndex(Function<T, Phrase> phraseOf) {
        this.phraseOf = phraseOf;
    }

    void add(T item) {
        Set<String> first = phraseOf.apply(item).words().get(0);
        for (String key : first) {
            if (key.endsWith("*")) {
                if (key.length() - 1 < PREFIX_KEY) {
                    byShortPrefix.add(item);
                } else {
                    byPrefix.computeIfAbsent(key.substring(0, PREFIX_KEY), k -> new ArrayList<>())
                            .add(item);
                }
                return;
            }
        }
        for (String key : first) {
            byFirstKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
    }

    /** The items whose phrase starts at token {@code index}. */
    List<T> matchesAt(List<Token> tokens, List<Set<String>> keys, int index) {
        List<T> found = null;
        for (String key : keys.get(index)) {
            found = collect(byFirstKey.get(key), tokens, keys, index, found);
            if (key.length() >= PREFIX_KEY) {
                found = collect(byPrefix.get(key.substring(0, PREFIX_KEY)), tokens, keys, index, found);
            }
        }
        found = collect(byShortPrefix, tokens, keys, index, found);
        return found == null ? List.of() : found;
    }

    private List<T> collect(List<T> candidates, List<Token> tokens, List<Set<String>> keys, int index, List<T> found) {
        if (candidates == null) {
            return found;
        }
        for (T item : candidates) {
            if (phraseOf.apply(item).matchesAt(tokens, keys, index) && (found == null || !found.contains(item))) {
                found = found == null ? new ArrayList<>(2) : found;
                found.add(item);
            }
        }
        return found;
    }
}
