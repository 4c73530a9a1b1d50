package io.flarewatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Learning valences from labelled mentions, and keeping cross-validation honest about them. */
class LearnedValencesTest {

    private static final KeyMaker KEYS = new KeyMaker();

    /** Ten mentions each way: "terminowo" only in praise, "spóźniony" only in complaints, "który" in both kinds. */
    private static List<LexiconLearner.Example> deliveryMentions() {
        List<LexiconLearner.Example> examples = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            examples.add(new LexiconLearner.Example(SentimentLabel.POSITIVE, "Kurier, który przyjechał, dostarczył terminowo"));
            examples.add(new LexiconLearner.Example(SentimentLabel.NEGATIVE, "Kurier, którego wysłali, znowu spóźniony"));
            examples.add(new LexiconLearner.Example(SentimentLabel.NEGATIVE, "Paczka, której szukam, dalej nie przyszła"));
        }
        return examples;
    }

    @ParameterizedTest(name = "\"{0}\" is learned as {1}")
    @CsvSource({"terminowo, positive", "spóźniony, negative"})
    void wordsSeenOnlyOnOneSideLeanThatWay(String word, String lean) {
        Map<String, Double> learned = LexiconLearner.learn(deliveryMentions(), "pl");
        String key = KEYS.keys(word, "pl").iterator().next();
        assertTrue(learned.containsKey(key), word + " should be learned, got " + learned);
        assertEquals(lean.equals("positive"), learned.get(key) > 0, word + " leans " + learned.get(key));
    }

    @Test
    void everyFormOfACommonWordIsLeftOut() {
        Map<String, Double> learned = LexiconLearner.learn(deliveryMentions(), "pl");
        // "której" and "którego" appear only in complaints, yet are forms of the pronoun "który"
        for (String form : List.of("który", "którego", "której")) {
            assertFalse(learned.containsKey(KEYS.keys(form, "pl").iterator().next()), form + " was learned: " + learned);
        }
    }

    @Test
    void crossValidationReplacesOnlyTheValencesLearnedFromTheScoredSet() {
        Map<String, Double> bundled = Lexicon.bundledLearned("pl");
        Map<String, Double> withoutTweets = Lexicon.bundledLearnedReplacing("pl", "pl-tweets-a.tsv", Map.of("terminowo", 2.0));
        Map<String, Double> withoutReviews = Lexicon.bundledLearnedReplacing("pl", "pl-allegro-reviews-train.tsv", Map.of());
        assertEquals(2.0, withoutTweets.get("terminowo"), "the fold's own valence is used");
        assertTrue(withoutTweets.size() < bundled.size(), "the words only the tweets taught are left out");
        assertTrue(withoutReviews.size() < withoutTweets.size(), "the review-learned file, the larger, is left out");
        assertFalse(withoutReviews.isEmpty(), "the other set's valences stay");
    }
}
