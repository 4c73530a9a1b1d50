package io.flarewatch.api.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.api.notify.NotificationKind;
import io.flarewatch.api.notify.TestAlerts;
import io.flarewatch.events.EventJson;
import org.junit.jupiter.api.Test;

/** The Slack, email and webhook formats of one alert. */
class FormattersTest {

    @Test
    void slackGetsBlockKitWithTheNumbersThePostsAndTheLink() throws Exception {
        JsonNode slack =
                EventJson.mapper().readTree(new SlackFormatter().format(TestAlerts.message(NotificationKind.OPENED)));
        assertEquals("Kurierex: crisis alert opened (high)", slack.get("text").asText());
        JsonNode blocks = slack.get("blocks");
        assertEquals("header", blocks.get(0).get("type").asText());
        assertEquals(
                "Kurierex: crisis alert opened (high)",
                blocks.get(0).get("text").get("text").asText());
        String all = blocks.toString();
        assertTrue(all.contains("212 mentions vs 14 usual"), all);
        assertTrue(all.contains("78% negative vs 12% usual"), all);
        assertTrue(all.contains("reach 183,000 followers"), all);
        assertTrue(all.contains("<https://twitter.com/kasia_w/status/1859|open>"), "the post links to itself: " + all);
        assertTrue(all.contains("&lt;b&gt;zgubił&lt;/b&gt; paczkę &amp; nie odbiera"), "post text is escaped: " + all);
        JsonNode button = blocks.get(blocks.size() - 1).get("elements").get(0);
        assertEquals("https://console.example/alerts/a1", button.get("url").asText());
    }

    @Test
    void slackSaysWhatChanged() throws Exception {
        assertTrue(new SlackFormatter()
                .format(TestAlerts.message(NotificationKind.ESCALATED))
                .contains("crisis alert escalated"));
        assertTrue(new SlackFormatter()
                .format(TestAlerts.message(NotificationKind.ALL_CLEAR))
                .contains("Kurierex: all clear"));
    }

    @Test
    void emailHasTheSameContentInHtmlAndText() {
        EmailContent email = new EmailFormatter().format(TestAlerts.message(NotificationKind.OPENED));
        assertEquals("[Flarewatch] Kurierex: crisis alert opened (high)", email.subject());
        for (String part : new String[] {email.html(), email.text()}) {
            assertTrue(part.contains("Kurierex: crisis alert opened (high)"), part);
            assertTrue(part.contains("212 mentions vs 14 usual"), part);
            assertTrue(part.contains("78% negative vs 12% usual"), part);
            assertTrue(part.contains("reach 183,000 followers"), part);
            assertTrue(part.contains("kasia_w (1250 followers)"), part);
            assertTrue(part.contains("https://twitter.com/kasia_w/status/1859"), part);
            assertTrue(part.contains("https://console.example/alerts/a1"), part);
        }
        assertTrue(email.text().contains("Kurierex <b>zgubił</b> paczkę & nie odbiera"), "text is not escaped");
        assertTrue(
                email.html().contains("Kurierex &lt;b&gt;zgubił&lt;/b&gt; paczkę &amp; nie odbiera"),
                "HTML is escaped");
        assertFalse(email.html().contains("<b>zgubił"), "no markup from a post gets into the HTML");
    }

    @Test
    void theWebhookBodyCarriesTheAlertAndTheDeliveryId() throws Exception {
        JsonNode body = EventJson.mapper()
                .readTree(new WebhookFormatter().format(TestAlerts.message(NotificationKind.OPENED), 42));
        assertEquals("42", body.get("deliveryId").asText());
        assertEquals("OPENED", body.get("kind").asText());
        assertEquals("Kurierex", body.get("brandName").asText());
        assertEquals("https://console.example/alerts/a1", body.get("alertUrl").asText());
        assertEquals("a1", body.get("alert").get("alertId").asText());
        assertEquals(212, body.get("alert").get("currentMentions").asLong());
        assertEquals("2026-11-20T09:21:07Z", body.get("alert").get("occurredAt").asText());
    }
}
