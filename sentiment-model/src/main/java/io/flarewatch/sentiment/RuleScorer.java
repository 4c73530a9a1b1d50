package io.flarewatch.sentiment;

import io.flarewatch.sentiment.Token.Kind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one text with one language's team lexicon and the rules lexicons get wrong without them: phrases first,
 * then words with negation scope, intensifiers and softeners, shouting, contrast and exclamation marks. Its score
 * is one feature of the learned model; its emotions, complaint categories and escalation cues are reported as found.
 */
final class RuleScorer {

    /** Normalises a raw sum into (-1, 1), as VADER does. */
    static final double NORMALISATION = 15.0;
    /** Each "!" (up to three) strengthens the score by this much. */
    static final double EXCLAMATION = 0.292;

    private static final int MAX_EXCLAMATIONS = 3;
    /** A question whose words sum to less than this is taken as asking, not judging. */
    static final double QUESTION_MILD_SUM = 1.5;
    /** How much a mild question's words still count. */
    static final double QUESTION_DAMPING = 0.3;

    private static final Set<String> ANGRY_MARKS = Set.of("😡", "🤬", "😠");

    private final KeyMaker keyMaker;

    RuleScorer(KeyMaker keyMaker) {
        this.keyMaker = keyMaker;
    }

    /** What the team's lexicon and rules read in the tokens; {@code masked} tokens (brand names) carry nothing. */
    RuleReading read(List<Token> tokens, boolean[] masked, Lexicon lexicon) {
        List<Set<String>> keys = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            keys.add(token.kind() == Kind.WORD ? keyMaker.keys(token.text(), lexicon.language) : Set.of(token.text()));
        }
        double[] weights = new double[tokens.size()];
        int[] spanEnd = new int[tokens.size()];
        boolean[] consumed = masked.clone();
        EnumSet<Emotion> emotions = EnumSet.noneOf(Emotion.class);
        scorePhrases(tokens, keys, lexicon, weights, spanEnd, consumed, emotions);
        scoreWords(tokens, keys, lexicon, weights, spanEnd, consumed, emotions);
        applyContrast(tokens, keys, weights);
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        int bangs = (int) Math.min(
                MAX_EXCLAMATIONS,
                tokens.stream()
                        .filter(t -> t.kind() == Kind.EXCLAMATION)
                        .mapToInt(t -> t.text().length())
                        .sum());
        if (sum != 0) {
            sum += Math.signum(sum) * EXCLAMATION * bangs;
        }
        if (bangs == 0
                && Math.abs(sum) < QUESTION_MILD_SUM
                && tokens.stream().anyMatch(t -> t.kind() == Kind.QUESTION)) {
            // "Do której jest otwarty punkt?" asks, it does not judge: mild words in a question count little
            sum *= QUESTION_DAMPING;
        }
        addAnger(tokens, bangs, emotions);
        Set<ComplaintCategory> categories = EnumSet.noneOf(ComplaintCategory.class);
        Set<Escalation> escalations = EnumSet.noneOf(Escalation.class);
        findCues(tokens, keys, lexicon, categories, escalations);
        boolean teamCue = false;
        for (int i = 0; i < tokens.size() && !teamCue; i++) {
            if (weights[i] != 0) {
                Lexicon.Entry entry = spanEnd[i] > i ? null : lookup(keys.get(i), lexicon);
                teamCue = entry == null || entry.team();
            }
        }
        return new RuleReading(
                sum / Math.sqrt(sum * sum + NORMALISATION),
                weights,
                spanEnd,
                emotions,
                categories,
                escalations,
                teamCue);
    }

    private static void scorePhrases(
            List<Token> tokens,
            List<Set<String>> keys,
            Lexicon lexicon,
            double[] weights,
            int[] spanEnd,
            boolean[] consumed,
            Set<Emotion> emotions) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Lexicon.PhraseEntry entry : lexicon.phrases.matchesAt(tokens, keys, i)) {
                if (!consumed[i]) {
                    weights[i] += entry.entry().valence();
                    spanEnd[i] = i + entry.phrase().length() - 1;
                    for (int j = i; j <= spanEnd[i]; j++) {
                        consumed[j] = true;
                    }
                    if (entry.entry().emotion() != null) {
                        emotions.add(entry.entry().emotion());
                    }
                }
            }
        }
    }

    private static void scoreWords(
            List<Token> tokens,
            List<Set<String>> keys,
            Lexicon lexicon,
            double[] weights,
            int[] spanEnd,
            boolean[] consumed,
            Set<Emotion> emotions) {
        for (int i = 0; i < tokens.size(); i++) {
            if (consumed[i]) {
                continue;
            }
            Lexicon.Entry entry = lookup(keys.get(i), lexicon);
            if (entry == null) {
                continue;
            }
            double weight = tokens.get(i).kind() == Kind.WORD
                    ? entry.valence() * modifierAt(tokens, i, lexicon.language)
                    : entry.valence();
            if (tokens.get(i).shouted()) {
                weight *= Modifiers.SHOUTED;
            }
            weights[i] = weight;
            spanEnd[i] = i;
            if (entry.emotion() != null && weight * entry.valence() > 0) {
                emotions.add(entry.emotion());
            }
        }
    }

    /** The factor of the words before token {@code i}: negation within its scope, an intensifier or softener just before. */
    private static double modifierAt(List<Token> tokens, int i, String language) {
        double factor = 1;
        int seen = 0;
        for (int j = i - 1; j >= 0 && seen < Modifiers.NEGATION_SCOPE; j--) {
            Token previous = tokens.get(j);
            if (previous.kind() != Kind.WORD) {
                break;
            }
            String folded = KeyMaker.fold(previous.text());
            if (seen == 0 && Modifiers.intensifies(folded)) {
                factor *= Modifiers.INTENSIFIER;
            } else if (seen == 0 && Modifiers.softens(folded)) {
                factor *= Modifiers.SOFTENER;
            }
            if (Modifiers.negates(folded, language)) {
                return factor * Modifiers.NEGATION;
            }
            if (Modifiers.contrasts(folded)) {
                break;
            }
            seen++;
        }
        return factor;
    }

    private static void applyContrast(List<Token> tokens, List<Set<String>> keys, double[] weights) {
        int contrast = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.WORD
                    && Modifiers.contrasts(KeyMaker.fold(tokens.get(i).text()))) {
                contrast = i;
            }
        }
        if (contrast < 0) {
            return;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= i < contrast ? Modifiers.BEFORE_CONTRAST : Modifiers.AFTER_CONTRAST;
        }
    }

    /** Anger is told by its marks: shouting, "!!" or an angry face; kept only if the mention comes out negative. */
    private static void addAnger(List<Token> tokens, int bangs, Set<Emotion> emotions) {
        boolean shouting = tokens.stream().anyMatch(Token::shouted);
        boolean angryEmoji = tokens.stream().anyMatch(t -> ANGRY_MARKS.contains(t.text()));
        if (shouting || bangs >= 2 || angryEmoji) {
            emotions.add(Emotion.ANGER);
        }
    }

    private static void findCues(
            List<Token> tokens,
            List<Set<String>> keys,
            Lexicon lexicon,
            Set<ComplaintCategory> categories,
            Set<Escalation> escalations) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Lexicon.Cue cue : lexicon.cues.matchesAt(tokens, keys, i)) {
                if (cue.category() != null) {
                    categories.add(cue.category());
                } else {
                    escalations.add(cue.escalation());
                }
            }
            if (tokens.get(i).text().equalsIgnoreCase("boycott")) {
                escalations.add(Escalation.BOYCOTT);
            }
        }
    }

    /** The team's entry for any key of the word. */
    private static Lexicon.Entry lookup(Set<String> keys, Lexicon lexicon) {
        for (String key : keys) {
            Lexicon.Entry entry = lexicon.words.get(key);
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }
}
