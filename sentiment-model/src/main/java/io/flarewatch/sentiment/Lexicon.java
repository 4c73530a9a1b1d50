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

    /** A valence (-4..4) with an optional emotion. */
    record Entry(double valence, Emotion emotion) {
    }

    /** A phrase with its valence. */
    record PhraseEntry(Phrase phrase, Entry entry) {
    }

    /** A cue of a category or escalation. */
    record Cue(Phrase phrase, ComplaintCategory category, Escalation escalation) {
    }

    final Map<String, Entry> words = new HashMap<>();
    /** Learned valences: consulted only when no key of a word is in the team's {@link #words}. */
    final Map<String, Entry> learnedWords = new HashMap<>();
    final List<PhraseEntry> phrases = new ArrayList<>();
    final List<Cue> cues = new ArrayList<>();
    final String language;

    private Lexicon(String language) {
        this.language = language;
    }

    /** The bundled lexicon of {@code language} ({@code pl} or {@code en}). */
    static Lexicon load(String language, KeyMaker keys) {
        Lexicon lexicon = new Lexicon(language);
        for (String[] row : rows("lexicon/" + language + ".tsv")) {
            Entry entry = new Entry(Double.parseDouble(row[1]),
                    row.length > 2 && !row[2].isBlank() ? Emotion.valueOf(row[2].trim().toUpperCase(Locale.ROOT)) : null);
            Phrase phrase = lexicon.phrase(row[0], keys);
            if (phrase.length() == 1 && !row[0].endsWith("*")) {
                for (String key : phrase.words().get(0)) {
                    lexicon.words.putIfAbsent(key, entry);
                }
            } else {
                lexicon.phrases.add(new PhraseEntry(phrase, entry));
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

    /** This lexicon with learned word valences added where the team's lexicon has no entry. */
    Lexicon withLearned(Map<String, Double> learned) {
        Lexicon copy = new Lexicon(language);
        copy.words.putAll(words);
        copy.phrases.addAll(phrases);
        copy.cues.addAll(cues);
        copy.learnedWords.putAll(learnedWords);
        learned.forEach((key, valence) -> copy.learnedWords.put(key, new Entry(valence, null)));
        return copy;
    }

    /** The bundled learned valence files of each language, one per training set (see NOTICE). */
    private static final Map<String, List<String>> LEARNED_FILES = Map.of(
            "pl", List.of("lexicon/learned-pl.tsv", "lexicon/learned-pl-tweets.tsv"),
            "en", List.of("lexicon/learned-en.tsv"));

    /** The learned valences bundled for {@code language}, if any: {@code key<TAB>valence} lines; earlier files win. */
    static Map<String, Double> bundledLearned(String language) {
        return bundledLearnedReplacing(language, null, Map.of());
    }

    /**
     * The learned valences bundled for {@code language}, with the file learned from {@code sourceName} (as its header
     * says) replaced by {@code replacement}, so that cross-validation on a set never sees valences learned from the
     * rows it scores. Earlier files win where two sets learned the same word.
     */
    static Map<String, Double> bundledLearnedReplacing(String language, String sourceName, Map<String, Double> replacement) {
        Map<String, Double> learned = new HashMap<>();
        for (String resource : LEARNED_FILES.getOrDefault(language, List.of())) {
            if (sourceName != null && header(resource).contains(sourceName)) {
                replacement.forEach(learned::putIfAbsent);
                continue;
            }
            // the review set comes first: its valences are learned from ten times more words than the tweets'
            for (String[] row : rows(resource)) {
                learned.putIfAbsent(row[0], Double.parseDouble(row[1]));
            }
        }
        return learned;
    }

    private static String header(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Lexicon.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            return first == null ? "" : first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many of the words are in this lexicon. */
    int hits(List<Token> tokens, KeyMaker keys) {
        int hits = 0;
        for (Token token : tokens) {
            if (token.kind() == Token.Kind.WORD && keys.keys(token.text(), language).stream()
                    .anyMatch(key -> words.containsKey(key) || learnedWords.containsKey(key))) {
                hits++;
            }
        }
        return hits;
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
