package io.flarewatch.ingest.source.brands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The firehose pre-filter lets inflected, diacritics-free and differently cased mentions of a brand through. */
class TermFilterTest {

    private final TermFilter filter = TermFilter.of(List.of("żabka", "kurierex", "lot"));

    @Test
    void inflectedFormsPass() {
        assertTrue(filter.mayMatch("Byłem wczoraj w Żabce"));
        assertTrue(filter.mayMatch("Paczka z Kurierexem znowu zaginęła"));
        assertTrue(filter.mayMatch("KURIEREXU nie polecam"));
    }

    @Test
    void textWithoutDiacriticsPasses() {
        assertTrue(filter.mayMatch("zabka znowu podniosla ceny"));
    }

    @Test
    void unrelatedTextDoesNotPass() {
        assertFalse(filter.mayMatch("Piękna pogoda dziś w Krakowie"));
        assertFalse(filter.mayMatch(null));
    }

    @Test
    void termsTooShortToFilterAreLeftOutAndNoTermsLetNothingThrough() {
        TermFilter shortOnly = TermFilter.of(List.of("o2"));
        assertTrue(shortOnly.isEmpty());
        assertFalse(shortOnly.mayMatch("o2 is down"));
    }
}
