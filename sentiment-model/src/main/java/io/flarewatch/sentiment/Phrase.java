package io.flarewatch.sentiment;

import java.util.List;
import java.util.Set;

/**
 * A sequence of words to find in a text, each given by its lexicon keys or, when written with a trailing
 * {@code *}, by a prefix of its folded form.
 *
 * @param words the words' keys (a one-element set holding "prefix*" for a prefix)
 */
record Phrase(List<Set<String>> words) {

    /** Whether the phrase starts at token {@code index}. */
    boolean matchesAt(List<Token> tokens, List<Set<String>> tokenKeys, int index) {
        if (index + words.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            if (tokens.get(index + j).kind() != Token.Kind.WORD
                    || !wordMatches(words.get(j), tokenKeys.get(index + j))) {
                return false;
            }
        }
        return true;
    }

    int length() {
        return words.size();
    }

    private static boolean wordMatches(Set<String> wanted, Set<String> keys) {
        for (String want : wanted) {
            if (want.endsWith("*")) {
                // compared in place: this runs for every phrase at every word, and a substring would allocate each time
                int prefixLength = want.length() - 1;
                for (String key : keys) {
                    if (key.regionMatches(0, want, 0, prefixLength)) {
                        return true;
                    }
                }
            } else if (keys.contains(want)) {
                return true;
            }
        }
        return false;
    }
}
