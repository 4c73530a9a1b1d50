package io.flarewatch.api.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A complaint storm about one brand, written to the real broker as the pipeline writes it: scored mentions to
 * {@code mentions-scored} (two quiet hours, then ten stormy minutes, one post carrying an HTML payload) and the
 * detector's alert to {@code crisis-alerts}, whose top posts name stored mentions.
 */
final class ComplaintStorm {

    /** The text of the hostile post: shown as text, it must never become an element. */
    static final String HOSTILE_TEXT = "<img src=x onerror=alert(1)>";

    private static final String[] COMPLAINTS = {
        "Kurierex znowu zgubił moją paczkę, infolinia nie odbiera od dwóch dni|zgubił|nie odbiera",
        "Trzeci dzień czekam na kuriera Kurierex, masakra|masakra",
        "Kurierex oddajcie pieniądze za zaginioną przesyłkę, oszuści|oszuści",
        "Paczka od Kurierex uszkodzona, reklamacja odrzucona bez słowa|uszkodzona|odrzucona"
    };
    private static final String[] CHATTER = {
        "Do której działa punkt Kurierex na Mokotowie?|", "Kurierex dowiózł przed czasem, super kurier|super"
    };

    private final String brandId;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<ObjectNode> mentions = new ArrayList<>();
    private ObjectNode hostile;

    ComplaintStorm(String brandId) throws Exception {
        this.brandId = brandId;
        for (int minute = 130; minute > 10; minute -= 4) {
            String[] line = CHATTER[minute % 2 == 0 ? 0 : 1].split("\\|", -1);
            mentions.add(mention(
                    now.minus(Duration.ofMinutes(minute)),
                    line,
                    minute % 2 == 0 ? "neutral" : "positive",
                    40 + minute));
        }
        for (int i = 0; i < 60; i++) {
            String[] line = COMPLAINTS[i % COMPLAINTS.length].split("\\|");
            mentions.add(mention(now.minus(Duration.ofSeconds(590 - i * 9L)), line, "negative", 120 + i * 37));
        }
        hostile = mention(now.minusSeconds(30), new String[] {HOSTILE_TEXT}, "negative", 52_000);
        mentions.add(hostile);
    }

    /** The id of the hostile post. */
    String hostileMentionId() {
        return hostile.get("mention").get("mentionId").asText();
    }

    /** Sends every mention to {@code mentions-scored}; returns how many. */
    int sendMentions(String bootstrapServers) throws Exception {
        try (KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            for (ObjectNode mention : mentions) {
                producer.send(new ProducerRecord<>(
                                Topics.MENTIONS_SCORED,
                                brandId,
                                EventJson.mapper().writeValueAsString(mention)))
                        .get();
            }
        }
        return mentions.size();
    }

    /** Sends the detector's alert about the storm to {@code crisis-alerts}, with the hostile post first. */
    void sendAlert(String bootstrapServers, String alertId) throws Exception {
        ObjectNode alert = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.CRISIS_ALERT));
        Instant windowEnd = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
        alert.put("eventId", UUID.randomUUID().toString())
                .put("alertId", alertId)
                .put("brandId", brandId)
                .put("occurredAt", now.toString())
                .put("state", "OPENED")
                .put("severity", "high")
                .put("windowStart", windowEnd.minus(Duration.ofMinutes(10)).toString())
                .put("windowEnd", windowEnd.toString())
                .put("currentMentions", 61)
                .put("expectedMentions", 2.5)
                .put("currentNegativeShare", 1.0)
                .put("usualNegativeShare", 0.1)
                .put("reach", 52_000 + 60 * 1200)
                .put("distinctAuthors", 61)
                .put("reason", "61 mentions in 10 min vs 2.5 expected; 100% negative vs 10% usual");
        ArrayNode top = alert.putArray("topMentions");
        top.add(topPost(hostile));
        for (int i = mentions.size() - 2; i > mentions.size() - 5; i--) {
            top.add(topPost(mentions.get(i)));
        }
        alert.putArray("topCategories").add("delivery").add("no_answer");
        alert.putArray("topWords").add("nie odbiera").add("masakra").add("oszuści");
        try (KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            producer.send(new ProducerRecord<>(
                            Topics.CRISIS_ALERTS, brandId, EventJson.mapper().writeValueAsString(alert)))
                    .get();
        }
    }

    /**
     * Sends a plain alert about another brand, as the golden fixture with this brand, severity, state and numbers
     * (mentions in a 5-minute window vs expected), opened {@code minutesAgo}.
     */
    static void sendOtherAlert(
            String bootstrapServers,
            String brandId,
            String severity,
            String state,
            int mentions,
            double expected,
            int minutesAgo)
            throws Exception {
        ObjectNode alert = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.CRISIS_ALERT));
        Instant at = Instant.now().minus(Duration.ofMinutes(minutesAgo)).truncatedTo(ChronoUnit.MINUTES);
        alert.put("eventId", UUID.randomUUID().toString())
                .put("alertId", UUID.randomUUID().toString())
                .put("brandId", brandId)
                .put("occurredAt", at.toString())
                .put("state", state)
                .put("severity", severity)
                .put("windowStart", at.minus(Duration.ofMinutes(5)).toString())
                .put("windowEnd", at.toString())
                .put("currentMentions", mentions)
                .put("expectedMentions", expected)
                .put("currentNegativeShare", 0.64)
                .put("usualNegativeShare", 0.15)
                .put("reach", mentions * 900L)
                .put("distinctAuthors", mentions - 2);
        alert.putArray("topMentions");
        try (KafkaProducer<String, String> producer = producer(bootstrapServers)) {
            producer.send(new ProducerRecord<>(
                            Topics.CRISIS_ALERTS, brandId, EventJson.mapper().writeValueAsString(alert)))
                    .get();
        }
    }

    private ObjectNode mention(Instant at, String[] line, String label, int followers) throws Exception {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.MENTION_SCORED));
        String sourceId = UUID.randomUUID().toString().substring(0, 12);
        String text = line[0];
        event.put("eventId", UUID.randomUUID().toString())
                .put("occurredAt", at.plusSeconds(1).toString())
                .put("brandId", brandId);
        ObjectNode mention = (ObjectNode) event.get("mention");
        mention.put("mentionId", "forum:" + sourceId)
                .put("source", "forum")
                .put("sourceId", sourceId)
                .put("url", "https://forum.example/t/" + sourceId)
                .put("text", text)
                .put("publishedAt", at.toString())
                .put("receivedAt", at.plusSeconds(1).toString());
        ((ObjectNode) mention.get("author"))
                .put("id", "u" + sourceId)
                .put("name", "user_" + sourceId.substring(0, 5))
                .put("followers", followers);
        ObjectNode sentiment = (ObjectNode) event.get("sentiment");
        double score = "negative".equals(label) ? -0.8 : "positive".equals(label) ? 0.7 : 0;
        sentiment.put("label", label).put("score", score);
        ArrayNode explanation = sentiment.putArray("explanation");
        for (int i = 1; i < line.length; i++) {
            if (!line[i].isEmpty()) {
                int start = text.indexOf(line[i]);
                explanation
                        .addObject()
                        .put("token", line[i])
                        .put("start", start)
                        .put("end", start + line[i].length())
                        .put("weight", "positive".equals(label) ? 0.5 : -0.5);
            }
        }
        event.putArray("matchedWords").add("Kurierex");
        return event;
    }

    private static ObjectNode topPost(ObjectNode event) {
        ObjectNode mention = (ObjectNode) event.get("mention");
        ObjectNode post = EventJson.mapper().createObjectNode();
        post.put("mentionId", mention.get("mentionId").asText())
                .put("url", mention.get("url").asText())
                .put("author", mention.get("author").get("name").asText())
                .put("followers", mention.get("author").get("followers").asLong())
                .put("text", mention.get("text").asText())
                .put("score", -0.8);
        return post;
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
