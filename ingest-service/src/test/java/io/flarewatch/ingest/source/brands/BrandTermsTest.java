package io.flarewatch.ingest.source.brands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.events.BrandDefinition;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words a mention about a brand must contain one of, taken from the query the PR team wrote. */
class BrandTermsTest {

    @Test
    void operatorsFiltersAndExcludedWordsAreNotTerms() {
        assertEquals(
                List.of("kurierex", "paczka", "paczkomat"),
                terms("Kurierex", "(kurierex OR paczka NEAR/3 \"w paczkomat\") AND NOT lotto -spam lang:pl"));
    }

    @Test
    void anAcronymAndAPrefixAreTermsWithoutTheirMarks() {
        assertEquals(List.of("lot", "brightcell"), terms("LOT", "=LOT OR brightcell*"));
    }

    @Test
    void theNameServesWhenTheQueryHasNoWords() {
        assertEquals(List.of("żabka"), terms("Żabka", null));
    }

    private static List<String> terms(String name, String query) {
        return BrandTerms.of(BrandDefinition.of("b", name, query, List.of(), "balanced", null, Instant.EPOCH));
    }
}
