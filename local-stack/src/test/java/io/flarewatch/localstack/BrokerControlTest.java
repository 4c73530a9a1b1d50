package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.FreePorts;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The drill's broker restart: asked through a file, the launcher's broker goes down and comes back with its data. */
class BrokerControlTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void aRestartRequestStopsAndStartsTheBrokerAndKeepsItsRecords() throws Exception {
        Path data = Files.createTempDirectory("flarewatch-broker-control");
        StackConfig config =
                new StackConfig(data, data, FreePorts.next(), FreePorts.next(), FreePorts.next(), 0, 0, 0, 0);
        Files.createDirectories(config.runDir());
        try (Infrastructure infrastructure = Infrastructure.start(config, QUIET);
                BrokerControl control = new BrokerControl(infrastructure, config, QUIET)) {
            control.start();
            send(config, "before");
            Files.writeString(BrokerControl.requestFile(config), "restart 1\n");

            List<String> states = new ArrayList<>();
            for (int i = 0;
                    i < 600 && !(states.contains("down") && state(config).equals("up"));
                    i++) {
                String state = state(config);
                if (states.isEmpty() || !states.get(states.size() - 1).equals(state)) {
                    states.add(state);
                }
                Thread.sleep(50);
            }
            assertTrue(states.contains("down"), "the broker was stopped: " + states);
            assertEquals("up", state(config));
            assertTrue(Files.notExists(BrokerControl.requestFile(config)), "the request was taken");

            send(config, "after");
            assertEquals(List.of("before", "after"), readAll(config));
        }
    }

    @Test
    void onlyARestartOfAtMostFiveMinutesIsAccepted() {
        assertEquals(Duration.ofSeconds(10), BrokerControl.parse("restart 10"));
        assertThrows(IllegalArgumentException.class, () -> BrokerControl.parse("stop"));
        assertThrows(IllegalArgumentException.class, () -> BrokerControl.parse("restart -1"));
        assertThrows(IllegalArgumentException.class, () -> BrokerControl.parse("restart 301"));
        assertThrows(IllegalArgumentException.class, () -> BrokerControl.parse("restart 10; rm -rf /"));
    }

    private static String state(StackConfig config) throws Exception {
        return Files.readString(BrokerControl.stateFile(config)).split(" ")[0];
    }

    private static void send(StackConfig config, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.BRANDS, "drill", value)).get();
        }
    }

    private static List<String> readAll(StackConfig config) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        config.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "broker-control-test",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(Set.of(Topics.BRANDS));
            for (int i = 0; i < 30 && values.size() < 2; i++) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
