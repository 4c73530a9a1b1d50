package io.flarewatch.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Tells Polish from English with a character n-gram naive Bayes model (n = 1..4 within words padded by spaces),
 * restricted to the two languages the product scores. Links, @handles and digits are ignored, hashtags count as
 * words, Polish letters count as strong evidence. Immutable and thread-safe.
 */
public final class LanguageIdentifier {

    static final int MAX_N = 4;
    /** An n-gram seen fewer times than this in both languages together is left out of the file. */
    static final int MIN_COUNT = 3;
    /** Log-odds towards Polish of each letter only Polish uses (ą, ę, ł, ...), up to {@link #MAX_POLISH_LETTERS}. */
    static final double POLISH_LETTER_ODDS = 4.0;

    private static final int MAX_POLISH_LETTERS = 2;
    /** Only the start of a long text is read: a few sentences tell the language. */
    static final int MAX_CHARS = 160;
    /** Log-odds beyond which the remaining (shorter) n-grams are not looked up. */
    static final double DECIDED_ODDS = 25.0;

    private static final String POLISH_LETTERS = "ąćęłńśźż";
    private static final Pattern NOISE = Pattern.compile("https?://\\S+|www\\.\\S+|@[\\w.]+|[^\\p{L}]+");

    private final Map<String, float[]> logProbabilities;
    private final float[] unseen;

    private LanguageIdentifier(Map<String, float[]> logProbabilities, float[] unseen) {
        this.logProbabilities = logProbabilities;
        this.unseen = unseen;
    }

    /** {@code pl} or {@code en}; texts without a letter are taken as {@code pl}'s neighbour, English, by default. */
    public String identify(String text) {
        String clean = normalise(text);
        double odds = 0;
        int polishLetters = 0;
        for (int i = 0; i < clean.length(); i++) {
            if (POLISH_LETTERS.indexOf(clean.charAt(i)) >= 0 && polishLetters < MAX_POLISH_LETTERS) {
                polishLetters++;
                odds += POLISH_LETTER_ODDS;
            }
        }
        int end = Math.min(clean.length(), MAX_CHARS);
        // longest n-grams first: they decide most texts, and a text decided beyond doubt needs no more lookups
        for (int n = MAX_N; n >= 1 && Math.abs(odds) < DECIDED_ODDS; n--) {
            for (int i = 0; i + n <= end; i++) {
                if (n == 1 && clean.charAt(i) == ' ') {
                    continue;
                }
                float[] p = logProbabilities.get(clean.substring(i, i + n));
                odds += p == null ? unseen[0] - unseen[1] : p[0] - p[1];
            }
        }
        return odds > 0 ? "pl" : "en";
    }

    static String normalise(String text) {
        return " "
                + NOISE.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT))
                        .replaceAll(" ")
                        .trim() + " ";
    }

    static List<String> grams(String clean) {
        List<String> grams = new ArrayList<>(clean.length() * MAX_N);
        for (int n = 1; n <= MAX_N; n++) {
            for (int i = 0; i + n <= clean.length(); i++) {
                String gram = clean.substring(i, i + n);
                if (!gram.isBlank()) {
                    grams.add(gram);
                }
            }
        }
        return grams;
    }

    /** Learns the n-gram probabilities of Polish ({@code polish}) and English ({@code english}) texts. */
    public static LanguageIdentifier train(List<String> polish, List<String> english) {
        Map<String, long[]> counts = new HashMap<>();
        long[] totals = new long[2];
        List<List<String>> byLanguage = List.of(polish, english);
        for (int language = 0; language < 2; language++) {
            for (String text : byLanguage.get(language)) {
                for (String gram : grams(normalise(text))) {
                    counts.computeIfAbsent(gram, g -> new long[2])[language]++;
                    totals[language]++;
                }
            }
        }
        counts.values().removeIf(c -> c[0] + c[1] < MIN_COUNT);
        int vocabulary = counts.size();
        Map<String, float[]> logProbabilities = new HashMap<>();
        counts.forEach((gram, c) -> logProbabilities.put(gram, new float[] {
            (float) Math.log((c[0] + 1.0) / (totals[0] + vocabulary)),
            (float) Math.log((c[1] + 1.0) / (totals[1] + vocabulary))
        }));
        float[] unseen = {
            (float) Math.log(1.0 / (totals[0] + vocabulary)), (float) Math.log(1.0 / (totals[1] + vocabulary))
        };
        return new LanguageIdentifier(logProbabilities, unseen);
    }

    /** Writes {@code gram<TAB>log p(pl)<TAB>log p(en)} lines after the {@code header} lines. */
    public void write(Writer out, List<String> header) {
        PrintWriter writer = new PrintWriter(out);
        header.forEach(line -> writer.println("# " + line));
        writer.printf(Locale.ROOT, "@unseen\t%.3f\t%.3f%n", unseen[0], unseen[1]);
        new TreeMap<>(logProbabilities)
                .forEach((gram, p) ->
                        writer.printf(Locale.ROOT, "%s\t%.3f\t%.3f%n", gram.replace(' ', '_'), p[0], p[1]));
        writer.flush();
    }

    /** Reads a file written by {@link #write}. */
    public static LanguageIdentifier read(InputStream in) {
        Map<String, float[]> logProbabilities = new HashMap<>();
        float[] unseen = new float[2];
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                float[] p = {Float.parseFloat(cells[1]), Float.parseFloat(cells[2])};
                if (cells[0].equals("@unseen")) {
                    unseen = p;
                } else {
                    logProbabilities.put(cells[0].replace('_', ' '), p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LanguageIdentifier(logProbabilities, unseen);
    }
}
