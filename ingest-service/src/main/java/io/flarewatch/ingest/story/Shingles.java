package io.flarewatch.ingest.story;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a mention's text into the normalised word shingles that near-duplicate detection compares. */
public final class Shingles {

    /** Words per shingle: three keep the word order, so texts that merely share words (a brand name) differ. */
    public static final int WORDS = 3;

    private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S+");
    private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\p{N}_.]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {}

    /**
     * The words of {@code text}: Unicode NFKC, lowercased, without links and {@code @handles}, hashtags without their
     * sign, punctuation and emoji as spaces, and a repost's leading {@code rt} dropped.
     */
    public static List<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        normal = LINK.matcher(normal).replaceAll(" ");
        normal = HANDLE.matcher(normal).replaceAll(" ");
        normal = NOT_A_WORD.matcher(normal).replaceAll(" ").strip();
        if (normal.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.asList(normal.split(" "));
        return words.get(0).equals("rt") ? words.subList(1, words.size()) : words;
    }

    /** The distinct runs of {@link #WORDS} consecutive words of {@code text} (none when it has fewer words). */
    public static Set<String> of(String text) {
        List<String> words = words(text);
        Set<String> shingles = new LinkedHashSet<>();
        for (int i = 0; i + WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + WORDS)));
        }
        return shingles;
    }
}
