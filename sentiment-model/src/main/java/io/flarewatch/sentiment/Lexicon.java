package io.flarewatch.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One language's lexicon, read from the versioned data files in {@code io/flarewatch/sentiment/lexicon}: word and
 * phrase valences (with an optional emotion), and the cues of complaint categories and escalation language.
 */
final class Lexicon {

    /** A valence (-4..4) with an optional emotion; {@code team} when the team's lexicon has it (not only VADER's). */
    record Entry(double valence, Emotion emotion, boolean team) {}

    /** A phrase with its valence. */
    record PhraseEntry(Phrase phrase, Entry entry) {}

    /** A cue of a category or escalation. */
    record Cue(Phrase phrase, ComplaintCategory category, Escalation escalation) {}

    final Map<String, Entry> words = new HashMap<>();
    final PhraseIndex<PhraseEntry> phrases = new PhraseIndex<>(PhraseEntry::phrase);
    final PhraseIndex<Cue> cues = new PhraseIndex<>(Cue::phrase);
    final String language;

    private Lexicon(String language) {
        this.language = language;
    }

    /** The bundled lexicon of {@code language} ({@code pl} or {@code en}). */
    static Lexicon load(String language, KeyMaker keys) {
        Lexicon lexicon = new Lexicon(language);
        for (String[] row : rows("lexicon/" + language + ".tsv")) {
            Entry entry = new Entry(
                    Double.parseDouble(row[1]),
                    row.length > 2 && !row[2].isBlank()
                            ? Emotion.valueOf(row[2].trim().toUpperCase(Locale.ROOT))
                            : null,
                    true);
            Phrase phrase = lexicon.phrase(row[0], keys);
            if (phrase.length() == 1 && !row[0].endsWith("*")) {
                for (String key : phrase.words().get(0)) {
                    lexicon.words.putIfAbsent(key, entry);
                }
            } else {
                lexicon.phrases.add(new PhraseEntry(phrase, entry));
            }
        }
        if ("en".equals(language)) {
            // VADER's words fill the gaps of the team's English lexicon; the team's entries win
            for (String[] row : rows("lexicon/vader-en.tsv")) {
                Phrase phrase = lexicon.phrase(row[0], keys);
                if (phrase.length() == 1 && !row[0].endsWith("*")) {
                    Entry entry = new Entry(Double.parseDouble(row[1]), null, false);
                    phrase.words().get(0).forEach(key -> lexicon.words.putIfAbsent(key, entry));
                }
            }
        }
        for (String[] row : rows("lexicon/cues-" + language + ".tsv")) {
            Phrase phrase = lexicon.phrase(row[2], keys);
            if ("category".equals(row[0])) {
                lexicon.cues.add(new Cue(phrase, ComplaintCategory.valueOf(row[1].toUpperCase(Locale.ROOT)), null));
            } else {
                lexicon.cues.add(new Cue(phrase, null, Escalation.valueOf(row[1].toUpperCase(Locale.ROOT))));
            }
        }
        return lexicon;
    }

    private Phrase phrase(String text, KeyMaker keys) {
        List<Set<String>> words = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            if (word.endsWith("*")) {
                words.add(Set.of(KeyMaker.fold(word)));
            } else if (!Character.isLetterOrDigit(word.codePointAt(0)) || word.matches("[xX]D+")) {
                words.add(Set.of(word));
            } else {
                words.add(keys.keys(word, language));
            }
        }
        return new Phrase(words);
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon file missing from the classpath: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
