package io.flarewatch.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What users see, pinned with mentions a PR person would recognise, in Polish and English. */
class SentimentRulesTest {

    private static final SentimentModel MODEL = SentimentModel.loadDefault();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // negation and its scope
                "Nie polecam tego sklepu | negative",
                "Nie jest źle, dostawa na czas | positive",
                "Nigdy więcej zakupów u nich | negative",
                "Obsługa nie była miła | negative",
                "Not happy with the service at all | negative",
                "The delivery wasn't bad actually | positive",
                "I don't recommend this shop | negative",
                // Polish typed without diacritics, elongations, hashtags
                "fatalna obsluga, nie polecam | negative",
                "nie polecam, porazka | negative",
                "suuuper, polecam wszystkim | positive",
                "Kolejna paczka zgubiona #porażka | negative",
                "Again no refund #fail | negative",
                // emoji and emoticons
                "Czekam na kuriera 😡 | negative",
                "Paczka już jest :D | positive",
                "Still no parcel :( | negative",
                "Dzięki za szybką pomoc 👍 | positive",
                // contrast: the clause after weighs more
                "Kurier był miły, ale paczka przyszła zniszczona | negative",
                "Długo czekałem, ale obsługa świetna | positive",
                "The app is nice but it crashes all the time and support is useless | negative",
                // intensifiers and shouting
                "BARDZO słaba obsługa!!! | negative",
                "Really great support, thanks | positive",
                // customer-care vocabulary general lexicons miss
                "Czekam od tygodnia, nikt nie odpowiada | negative",
                "Still waiting for my refund, no response from support | negative",
                // the subjects of customer care are not complaints in themselves
                "Paczka od Kurierexu przyszła dzień wcześniej, bardzo dziękuję | positive",
                "Kurier dowiózł zamówienie do sklepu | neutral",
                // neutral questions and facts
                "Do której jest otwarty punkt odbioru? | neutral",
                "What time does the store open on Sunday? | neutral"
            })
    void theLabelFollowsTheRules(String text, String label) {
        SentimentResult result = MODEL.score(text, null);
        assertEquals(
                label, result.label().wireName(), () -> "score " + result.score() + " from " + result.contributions());
    }

    @ParameterizedTest(name = "\"{0}\" is about {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nikt nie odpowiada na moją reklamację od tygodnia | no_answer returns_refunds long_wait",
                "Kurier zgubił paczkę, masakra | delivery",
                "Chamski konsultant na infolinii, skandal | rude_staff long_wait",
                "Nie działa internet od rana, kolejna awaria | outage",
                "Pobrali opłatę dwa razy, zdzierstwo | price_billing",
                "Telewizor przyszedł uszkodzony, porażka | product_defect",
                "Still waiting for my refund, no response | long_wait returns_refunds no_answer",
                "Rude staff and the parcel is damaged | rude_staff delivery product_defect"
            })
    void complaintsAreSortedIntoCategories(String text, String categories) {
        SentimentResult result = MODEL.score(text, null);
        Set<String> found =
                result.categories().stream().map(ComplaintCategory::wireName).collect(Collectors.toSet());
        for (String expected : categories.split(" ")) {
            assertTrue(found.contains(expected), () -> expected + " missing in " + found);
        }
    }

    @ParameterizedTest(name = "\"{0}\" escalates: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Bojkot! Nie kupujcie w tym sklepie | boycott",
                "Składam pozew i piszę do UOKiK | legal_threat",
                "Wrzucę to na fejsa, niech wszyscy wiedzą | going_public",
                "I will sue them, my lawyer is on it | legal_threat",
                "#boycott this company | boycott",
                "This is going viral, shame on you | going_public"
            })
    void escalationLanguageIsFlagged(String text, String escalation) {
        Set<String> found = MODEL.score(text, null).escalations().stream()
                .map(Escalation::wireName)
                .collect(Collectors.toSet());
        assertTrue(found.contains(escalation), () -> "found " + found);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Paczka przyszła wczoraj i wszystko było w porządku | pl",
                "fatalna obsluga | pl",
                "The parcel arrived yesterday and everything was fine | en"
            })
    void theLanguageIsDetectedWhenTheSourceDoesNotSay(String text, String language) {
        assertEquals(language, MODEL.score(text, null).language());
    }

    @Test
    void theExplanationPointsAtTheWordsInTheText() {
        String text = "Kurier był miły, ale paczka przyszła zniszczona";
        SentimentResult result = MODEL.score(text, "pl");
        assertTrue(result.contributions().stream().anyMatch(c -> c.token().equals("zniszczona") && c.weight() < 0));
        for (TokenContribution c : result.contributions()) {
            assertEquals(c.token(), text.substring(c.start(), c.end()));
        }
        assertTrue(result.score() >= -1 && result.score() <= 1);
        assertTrue(result.confidence() > 0 && result.confidence() <= 1);
    }

    @Test
    void angerAndJoyAreTold() {
        assertTrue(MODEL.score("FATALNA obsługa, wstyd!!! 😡", "pl").emotions().contains(Emotion.ANGER));
        assertTrue(MODEL.score("Świetna obsługa, dziękuję!", "pl").emotions().contains(Emotion.JOY));
        assertTrue(MODEL.score("Niestety znowu rozczarowanie", "pl").emotions().contains(Emotion.DISAPPOINTMENT));
    }

    @ParameterizedTest(name = "\"{0}\" expresses no emotion")
    @CsvSource(
            delimiter = '|',
            value = {
                "Paczka nie dotarła na czas | pl",
                "Kurier dowiózł zamówienie do sklepu | pl",
                "The parcel was not delivered on time | en",
                "What time does the store open on Sunday? | en"
            })
    void noEmotionIsToldWhenNoneIsExpressed(String text, String language) {
        SentimentResult result = MODEL.score(text, language);
        assertTrue(result.emotions().isEmpty(), () -> result.label() + " with " + result.emotions());
    }
}
