package io.flarewatch.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The local stack's source connectors: {@value #FILE} in the data folder (or else in the checkout), a JSON array of
 * sources, each written to the compacted {@code source-config} topic at {@code up}, where ingest-service picks it up.
 * A source's {@code updatedAt} is the file's modification time, so an unchanged file restarts no connector.
 */
public final class SourcesFile {

    /** The file's name. */
    public static final String FILE = "flarewatch-sources.json";

    private static final Set<String> CONNECTORS = Set.of("rss", "mastodon", "bluesky");

    private SourcesFile() {}

    /** The sources in {@value #FILE} and the reasons of the entries left out. */
    record Parsed(List<SourceConfig> sources, List<String> problems) {}

    /** Publishes the sources of the file, if there is one, and says how many; a bad entry is named and left out. */
    static void publish(StackConfig config, PrintStream out) throws Exception {
        Optional<Path> file = locate(config);
        if (file.isEmpty()) {
            return;
        }
        Parsed parsed = parse(
                Files.readString(file.get()),
                Files.getLastModifiedTime(file.get()).toInstant());
        parsed.problems().forEach(problem -> out.println("  " + file.get() + ": " + problem));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (SourceConfig source : parsed.sources()) {
                String json = EventJson.mapper().writeValueAsString(source);
                producer.send(new ProducerRecord<>(Topics.SOURCE_CONFIG, source.sourceId(), json))
                        .get();
            }
        }
        out.printf(
                "  %d source connector(s) configured from %s%n",
                parsed.sources().size(), file.get());
    }

    private static Optional<Path> locate(StackConfig config) {
        return List.of(config.dataDir().resolve(FILE), config.home().resolve(FILE)).stream()
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** The sources of {@code json}, stamped {@code updatedAt}. */
    static Parsed parse(String json, Instant updatedAt) throws IOException {
        JsonNode root = EventJson.mapper().readTree(json);
        List<SourceConfig> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isArray()) {
            problems.add("must be a JSON array of sources; nothing was configured");
            return new Parsed(sources, problems);
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode entry = root.get(i);
            String sourceId = entry.path("sourceId").asText("");
            String connector = entry.path("connector").asText("");
            if (sourceId.isBlank()
                    || !CONNECTORS.contains(connector)
                    || !entry.path("settings").isObject()) {
                problems.add("entry " + (i + 1) + " left out: it needs a sourceId, a connector (one of "
                        + String.join(", ", CONNECTORS.stream().sorted().toList()) + ") and settings");
                continue;
            }
            Map<String, String> settings = new LinkedHashMap<>();
            entry.path("settings")
                    .fields()
                    .forEachRemaining(field ->
                            settings.put(field.getKey(), field.getValue().asText()));
            List<String> brandIds = new ArrayList<>();
            entry.path("brandIds").forEach(id -> brandIds.add(id.asText()));
            boolean enabled = !entry.has("enabled") || entry.path("enabled").asBoolean(true);
            sources.add(new SourceConfig(sourceId, connector, enabled, brandIds, settings, updatedAt));
        }
        return new Parsed(sources, problems);
    }
}
