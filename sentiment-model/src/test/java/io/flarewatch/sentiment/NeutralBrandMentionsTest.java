package io.flarewatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ordinary mention of a brand (a question, a plan, a fact, news) is neutral for that brand: at least 90% of the
 * team's tables of neutral mentions, real and invented brands, inflected names, come out neutral.
 */
class NeutralBrandMentionsTest {

    private static final SentimentModel MODEL = SentimentModel.loadDefault();
    private static final double REQUIRED_NEUTRAL_SHARE = 0.9;
    private static final int MIN_MENTIONS = 60;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"pl", "en"})
    void ordinaryMentionsOfABrandAreNeutralForIt(String language) {
        List<String[]> rows = TableFiles.rows("neutral-mentions-" + language + ".tsv");
        assertTrue(rows.size() >= MIN_MENTIONS, "the table holds " + rows.size() + " mentions");
        List<String> missed = new ArrayList<>();
        for (String[] row : rows) {
            SentimentResult result = MODEL.score(row[1], language, List.of(row[0]));
            if (result.label() != SentimentLabel.NEUTRAL) {
                missed.add(result.label().wireName() + " " + result.score() + ": " + row[1] + " " + result.contributions());
            }
        }
        double share = 1 - (double) missed.size() / rows.size();
        assertTrue(share >= REQUIRED_NEUTRAL_SHARE, () -> String.format("%.3f neutral; not neutral:%n%s", share,
                String.join("\n", missed)));
    }

    @ParameterizedTest(name = "\"{1}\" gets nothing from \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Biedronce | Byłam dziś w Biedronce po zakupy | pl",
            "Kurierex | Kurierex, Kurierex, Kurierex | pl",
            "Brightcell | Brightcell Brightcell | en"})
    void theWordsThatMatchedTheBrandCarryNoSentimentForIt(String brandWords, String text, String language) {
        SentimentResult result = MODEL.score(text, language, List.of(brandWords));
        assertTrue(result.contributions().stream().noneMatch(c -> text.substring(c.start(), c.end()).startsWith(
                brandWords.substring(0, 4))), () -> "explained by " + result.contributions());
    }
}
