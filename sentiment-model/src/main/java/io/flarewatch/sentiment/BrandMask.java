package io.flarewatch.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The brand and organisation names whose words carry no sentiment: a kept list of common names (so that the model
 * never learns "biedronka" or "apple" as good or bad) plus the words that matched the brand being scored. A word is
 * masked when it, its lemma, or its form without a short case ending is one of the names (Biedronce, Kurierexu).
 */
final class BrandMask {

    private static final int MIN_STEMMED_NAME = 4;
    private static final int MAX_ENDING = 3;
    private static final Set<String> KEPT = readKeptNames();
    private static final BrandMask COMMON = new BrandMask(KEPT);

    private final Set<String> names;
    /** The names, and those ending in -a or -o without it: what inflected forms start with (Allegr-ze). */
    private final Set<String> stems;

    private BrandMask(Set<String> names) {
        this.names = names;
        Set<String> stems = new HashSet<>(names);
        for (String name : names) {
            if (name.endsWith("a") || name.endsWith("o")) {
                stems.add(name.substring(0, name.length() - 1));
            }
        }
        this.stems = stems;
    }

    /** The kept list of common brand and organisation names. */
    static BrandMask common() {
        return COMMON;
    }

    /** The kept list plus the words that matched the brand being scored (as written). */
    static BrandMask withTarget(Collection<String> targetWords) {
        if (targetWords == null || targetWords.isEmpty()) {
            return common();
        }
        Set<String> names = new HashSet<>(KEPT);
        for (String word : targetWords) {
            for (String part : word.split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty()) {
                    names.add(KeyMaker.fold(part));
                }
            }
        }
        return new BrandMask(names);
    }

    /** Whether the word, with its lexicon keys, names a brand. */
    boolean masks(String folded, Set<String> keys) {
        if (names.contains(folded)) {
            return true;
        }
        for (String key : keys) {
            if (names.contains(key)) {
                return true;
            }
        }
        // inflected names the dictionary does not know: Kurierexu, Brightcellu, Allegro → Allegrze is left to lemmas
        for (int cut = 1; cut <= MAX_ENDING && folded.length() - cut >= MIN_STEMMED_NAME; cut++) {
            if (stems.contains(folded.substring(0, folded.length() - cut))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> readKeptNames() {
        Set<String> names = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                BrandMask.class.getResourceAsStream("model/brand-names.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(KeyMaker.fold(line.trim()));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("brand name list missing from the classpath: model/brand-names.txt", e);
        }
        return Set.copyOf(names);
    }
}
