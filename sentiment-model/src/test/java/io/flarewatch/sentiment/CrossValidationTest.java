package io.flarewatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cross-validation folds never let a scored text into training, and the metrics behind every figure. */
class CrossValidationTest {

    private static List<LabelledText> rowsWithRepeats() {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rows.add(new LabelledText(SentimentLabel.POSITIVE, "Dostawa numer " + i + " na czas"));
            // the same complaint posted again, once with other spacing and capitals, once labelled otherwise
            rows.add(new LabelledText(SentimentLabel.NEGATIVE, "Paczka " + (i % 7) + " zgubiona"));
            rows.add(new LabelledText(SentimentLabel.NEUTRAL, "paczka  " + (i % 7) + " ZGUBIONA"));
        }
        return rows;
    }

    @Test
    void identicalTextsAlwaysShareAFold() {
        List<List<LabelledText>> folds = CrossValidation.folds(rowsWithRepeats(), 5, CrossValidation.SEED);
        Set<String> seen = new HashSet<>();
        for (List<LabelledText> fold : folds) {
            Set<String> here = new HashSet<>();
            fold.forEach(row -> here.add(CrossValidation.sameTextKey(row.text())));
            for (String text : here) {
                assertTrue(seen.add(text), "\"" + text + "\" is in two folds");
            }
        }
        assertEquals(150, folds.stream().mapToInt(List::size).sum(), "every row is in a fold");
    }

    @Test
    void theSameSeedGivesTheSameFolds() {
        assertEquals(CrossValidation.folds(rowsWithRepeats(), 5, 7), CrossValidation.folds(rowsWithRepeats(), 5, 7));
    }

    @Test
    void theDecisionSettingsTipOnlyCloseCalls() {
        double[] closeCall = {0.4, 0.35, 0.25};
        assertEquals(SentimentLabel.NEGATIVE, decide(closeCall, new LinearModel.Decision(1.0, 0.0, 0.0)));
        assertEquals(SentimentLabel.NEUTRAL, decide(closeCall, new LinearModel.Decision(1.5, 0.0, 0.0)));
        assertEquals(SentimentLabel.NEUTRAL, decide(closeCall, new LinearModel.Decision(1.0, 0.3, 0.0)));
        double[] clear = {0.05, 0.15, 0.8};
        assertEquals(SentimentLabel.POSITIVE, decide(clear, new LinearModel.Decision(3.0, 0.5, 0.0)));
    }

    @Test
    void withoutAnySentimentCueOnlyAConfidentCallIsPolar() {
        LinearModel.Decision decision = new LinearModel.Decision(1.0, 0.1, 0.6);
        double[] leaning = {0.2, 0.2, 0.6};
        assertEquals(SentimentLabel.POSITIVE, decision.decide(decision.weigh(leaning), true));
        assertEquals(SentimentLabel.NEUTRAL, decision.decide(decision.weigh(leaning), false));
        assertEquals(SentimentLabel.POSITIVE, decision.decide(decision.weigh(new double[] {0.05, 0.05, 0.9}), false));
        assertTrue(LinearModel.cued(List.of(TextFeature.of("n:polecac", 1))), "a negated word is a cue");
        assertTrue(LinearModel.cued(List.of(TextFeature.global("x:cue", 1))), "a word of the team lexicon is a cue");
        assertTrue(LinearModel.cued(List.of(TextFeature.of("e:😡", 0))), "an emoji is a cue");
        assertTrue(!LinearModel.cued(List.of(TextFeature.of("u:wrzesien", 0))), "a learned word alone is not");
    }

    private static SentimentLabel decide(double[] raw, LinearModel.Decision decision) {
        return decision.decide(decision.weigh(raw), true);
    }

    @Test
    void macroFiguresAverageTheGoldClasses() {
        ConfusionMatrix matrix = new ConfusionMatrix();
        // negative: 3 right, 1 called positive; positive: 2 right, 2 called neutral; no gold neutral
        for (int i = 0; i < 3; i++) {
            matrix.add(SentimentLabel.NEGATIVE, SentimentLabel.NEGATIVE);
        }
        matrix.add(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
        matrix.add(SentimentLabel.POSITIVE, SentimentLabel.POSITIVE);
        matrix.add(SentimentLabel.POSITIVE, SentimentLabel.POSITIVE);
        matrix.add(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL);
        matrix.add(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL);
        assertEquals(5 / 8.0, matrix.accuracy(), 1e-9);
        assertEquals((3 / 4.0 + 2 / 4.0) / 2, matrix.macroRecall(), 1e-9);
        double negativeF1 = 2 * 1.0 * 0.75 / (1.0 + 0.75);
        double positiveF1 = 2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5);
        assertEquals((negativeF1 + positiveF1) / 2, matrix.macroF1(), 1e-9);
    }
}
