package io.flarewatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Learning a model from labelled mentions: what it learns, what it must not, and that the file keeps it. */
class SentimentTrainerTest {

    /** Twenty mentions each way; "Kurierex" and "Biedronka" appear in complaints only, yet are brand names. */
    private static List<LabelledText> mentions() {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new LabelledText(SentimentLabel.POSITIVE, "Dostawa terminowo, dziękuję " + i));
            rows.add(new LabelledText(SentimentLabel.NEGATIVE, "Biedronka znowu spóźniona dostawa " + i));
            rows.add(new LabelledText(SentimentLabel.NEUTRAL, "Dostawa jutro o " + i));
        }
        return rows;
    }

    @Test
    void wordsSeenOnOneSideLeanThatWayAndBrandNamesLeanNowhere() {
        LinearModel model = SentimentTrainer.train("pl", mentions(), LinearModel.Decision.PLAIN, List.of("test"));
        SentimentModel scorer = SentimentModel.of("pl", model);
        assertEquals(SentimentLabel.POSITIVE, scorer.score("terminowo", "pl").label());
        assertEquals(SentimentLabel.NEGATIVE, scorer.score("spóźniona", "pl").label());
        assertEquals(null, model.weightsOf("u:biedronka"), "a brand of the kept list is never learned");
    }

    @Test
    void theModelFileKeepsWhatWasLearnedAndWhereFrom() {
        LinearModel.Decision decision = new LinearModel.Decision(1.5, 0.2, 0.6);
        List<String> header = List.of("Trained on: the test's mentions");
        LinearModel model = SentimentTrainer.train("pl", mentions(), decision, header);
        StringWriter file = new StringWriter();
        model.write(file);
        LinearModel read =
                LinearModel.read(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Trained on: the test's mentions"), read.header());
        assertEquals(decision, read.decision());
        SentimentModel before = SentimentModel.of("pl", model);
        SentimentModel after = SentimentModel.of("pl", read);
        for (String text : List.of("terminowo", "spóźniona dostawa", "jutro")) {
            assertEquals(
                    before.score(text, "pl").score(), after.score(text, "pl").score(), 0.002, text);
        }
    }

    @Test
    void learningTwiceGivesTheSameModel() {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        SentimentTrainer.train("pl", mentions(), LinearModel.Decision.PLAIN, List.of())
                .write(first);
        SentimentTrainer.train("pl", mentions(), LinearModel.Decision.PLAIN, List.of())
                .write(second);
        assertTrue(first.toString().equals(second.toString()), "the same texts give the same file");
    }
}
