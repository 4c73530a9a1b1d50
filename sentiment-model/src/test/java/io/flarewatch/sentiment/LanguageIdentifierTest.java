package io.flarewatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions that arrive without a language are told Polish or English, short ones included. */
class LanguageIdentifierTest {

    private static final SentimentModel MODEL = SentimentModel.loadDefault();
    private static final double REQUIRED_ACCURACY = 0.98;

    @Test
    void shortMentionsInBothLanguagesAreIdentified() {
        List<String[]> table = new ArrayList<>(TableFiles.rows("short-mentions-language.tsv"));
        TableFiles.rows("neutral-mentions-pl.tsv").forEach(row -> table.add(new String[] {"pl", row[1]}));
        TableFiles.rows("neutral-mentions-en.tsv").forEach(row -> table.add(new String[] {"en", row[1]}));
        assertTrue(table.size() >= 200, "the table holds " + table.size() + " mentions");
        List<String> wrong = new ArrayList<>();
        for (String[] row : table) {
            String identified = MODEL.languageOf(row[1], null);
            if (!identified.equals(row[0])) {
                wrong.add(identified + ": " + row[1]);
            }
        }
        double accuracy = 1 - (double) wrong.size() / table.size();
        assertTrue(
                accuracy >= REQUIRED_ACCURACY,
                () -> String.format("accuracy %.3f; wrong:%n%s", accuracy, String.join("\n", wrong)));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Thinking about moving to Brightcell, any opinions? | en",
                "fatalna obsluga, nie polecam | pl",
                "#porażka | pl",
                "@telkomo_pl #fail znowu nie dziala | pl",
                "The parcel arrived yesterday and everything was fine | en"
            })
    void theTrickyOnes(String text, String language) {
        assertEquals(language, MODEL.languageOf(text, null));
    }

    @Test
    void theSourcesLanguageWins() {
        assertEquals("pl", MODEL.languageOf("Thinking about moving", "pl"));
        assertEquals("en", MODEL.score("fatalna obsluga", "en").language());
    }
}
