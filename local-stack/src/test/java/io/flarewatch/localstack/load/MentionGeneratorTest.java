package io.flarewatch.localstack.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the load tool sends: the warm-up teaches no brand a negative history, a storm is complaints about one brand. */
class MentionGeneratorTest {

    private static final LoadBrand KURIEREX = new LoadBrand("load-run1-kurierex", "Kurierex");
    private static final LoadBrand BRIGHTCELL = new LoadBrand("load-run1-brightcell", "Brightcell");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void warmUpMentionsAreOrdinaryRemarksAboutTheirBrand() throws Exception {
        MentionGenerator generator = new MentionGenerator(List.of(KURIEREX, BRIGHTCELL), 100, 0.15, "run1", 3);
        for (int i = 0; i < 100; i++) {
            JsonNode mention = EventJson.mapper().readTree(generator.ordinary(i, BRIGHTCELL, NOW));
            String text = mention.get("text").asText();
            assertTrue(text.contains("Brightcell"), text);
            assertTrue(
                    text.startsWith("Dzień ") || text.startsWith("Day "),
                    "an ordinary remark, not a complaint: " + text);
            assertEquals("run1-" + i, mention.get("sourceId").asText());
        }
    }

    @Test
    void aFullStormIsComplaintsAboutTheStormBrandOnly() throws Exception {
        MentionGenerator generator = new MentionGenerator(List.of(KURIEREX, BRIGHTCELL), 100, 0.15, "run1", 3);
        for (int i = 0; i < 100; i++) {
            String text = EventJson.mapper()
                    .readTree(generator.next(i, KURIEREX, 1.0, NOW))
                    .get("text")
                    .asText();
            assertTrue(text.contains("Kurierex"), text);
            assertFalse(text.startsWith("Dzień ") || text.startsWith("Day "), "a complaint: " + text);
        }
    }
}
