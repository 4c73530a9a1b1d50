package io.flarewatch.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Descriptions and statuses arrive as HTML; the sentiment model and the PR team read plain text. */
class HtmlTextTest {

    @Test
    void tagsGoEntitiesAreDecodedAndParagraphsStaySeparateWords() {
        assertEquals(
                "Kurierex zgubił paczkę & nie odpisuje #kurierex",
                HtmlText.of("<p>Kurierex <b>zgubił</b> paczkę &amp; nie odpisuje</p><p><a href=\"https://x.pl/tags/"
                        + "kurierex\" class=\"mention hashtag\">#<span>kurierex</span></a></p>"));
        assertEquals("one two", HtmlText.of("one<br>two"));
    }

    @Test
    void scriptsAndStylesAreNotText() {
        assertEquals("Tekst", HtmlText.of("<script>alert('x')</script><style>p{}</style>Tekst"));
    }

    @Test
    void plainTextAndNothingStayAsTheyAre() {
        assertEquals("Żabka – „cudo”", HtmlText.of("Żabka – „cudo”"));
        assertEquals("", HtmlText.of(null));
        assertEquals("", HtmlText.of("  "));
    }
}
