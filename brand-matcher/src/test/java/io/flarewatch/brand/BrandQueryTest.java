package io.flarewatch.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query language's operators and filters, and the errors a PR person sees for a broken query. */
class BrandQueryTest {

    @ParameterizedTest(name = "{0} on \"{1}\" -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kurier NEAR/3 paczka | Kurier rzucił moją paczką pod drzwi | true",
                "kurier NEAR/3 paczka | Paczka przyszła wczoraj, a dziś rano znowu dzwonił kurier | false",
                "kurier NEAR/3 paczka | Paczkę zostawił kurier | true",
                "zwrot ONEAR/2 pieniędzy | Czekam na zwrot pieniędzy | true",
                "zwrot ONEAR/2 pieniędzy | Pieniędzy brak, zwrot nie nastąpił | false",
                "reklamac* | Moje reklamacje giną bez śladu | true",
                "reklamac* | Reklama w telewizji | false",
                "\"nie polecam\" | Nie polecam tego sklepu | true",
                "\"nie polecam\" | Polecam, nie żałuję | false",
                "orlen AND (paliwo OR benzyna) | Orlen podniósł ceny benzyny | true",
                "orlen AND (paliwo OR benzyna) | Orlen sponsoruje skoki narciarskie | false",
                "orlen NOT sponsor* | Orlen sponsoruje skoki narciarskie | false",
                "orlen -sponsor* | Orlen obniżył ceny | true"
            })
    void operatorsCombineWords(String query, String text, boolean expected) throws Exception {
        List<BrandQueryPreview.SampleResult> results =
                BrandQueryPreview.preview(BrandQuery.parse(query), List.of(MentionDocument.ofText(text)));
        assertEquals(expected, results.get(0).matches());
    }

    @Test
    void filtersLookAtLanguageSourceAuthorAndSite() throws Exception {
        MentionDocument onWykop = new MentionDocument(
                "Orlen znowu podnosi ceny", "pl", "forum", "@Marek77", "https://www.wykop.pl/link/123/orlen");
        assertTrue(matches("orlen lang:pl", onWykop));
        assertTrue(!matches("orlen lang:en", onWykop));
        assertTrue(matches("orlen source:forum", onWykop));
        assertTrue(matches("orlen author:marek77", onWykop));
        assertTrue(matches("orlen site:wykop.pl", onWykop));
        assertTrue(!matches("orlen site:twitter.com", onWykop));
    }

    @Test
    void thePreviewSaysWhichWordsMatched() throws Exception {
        var result = BrandQueryPreview.preview(
                        BrandQuery.parse("inpost OR paczkomat*"),
                        List.of(MentionDocument.ofText("Paczka z InPostu utknęła, a paczkomat nie działa")))
                .get(0);
        assertEquals(List.of("InPostu", "paczkomat"), result.matchedWords());
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "(orlen OR lotos | 0",
                "orlen OR lotos) | 14",
                "\"pko bp | 0",
                "orlen AND | 9",
                "-orlen | 0",
                "NOT orlen | 0",
                "orlen NEAR/ lotos | 6",
                "orlen NEAR/3 lang:pl | 6",
                "o* | 0",
                "lang: orlen | 0",
                "orlen OR -lotos | 6"
            })
    void aBrokenQueryIsRejectedWithThePositionOfTheProblem(String query, int position) {
        BrandQuerySyntaxException error = assertThrows(BrandQuerySyntaxException.class, () -> BrandQuery.parse(query));
        assertEquals(position, error.position(), error::getMessage);
        assertTrue(error.getMessage().contains("position " + (position + 1)), error::getMessage);
    }

    @Test
    void anEmptyQueryIsRejected() {
        assertThrows(BrandQuerySyntaxException.class, () -> BrandQuery.parse("   "));
    }

    @Test
    void aChangedQueryAppliesToTheNextMention() throws Exception {
        try (BrandMatcher matcher = new BrandMatcher()) {
            matcher.upsert("orlen", BrandQuery.parse("orlen"));
            MentionDocument sponsorship = MentionDocument.ofText("Orlen sponsoruje skoki narciarskie");
            assertEquals(1, matcher.match(sponsorship).size());
            matcher.upsert("orlen", BrandQuery.parse("orlen -sponsor*"));
            assertEquals(0, matcher.match(sponsorship).size());
            matcher.remove("orlen");
            assertEquals(0, matcher.size());
        }
    }

    private static boolean matches(String query, MentionDocument mention) throws Exception {
        return BrandQueryPreview.preview(BrandQuery.parse(query), List.of(mention))
                .get(0)
                .matches();
    }
}
