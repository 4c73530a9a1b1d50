package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM.
 *
 * <p>The log directory is formatted on first start only, so topics and offsets survive a restart on the same
 * directory.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafka(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Formats {@code dataDir} if needed and starts a broker listening on {@code port}. */
    public static EmbeddedKafka start(int port, int controllerPort, Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        KafkaConfig config = new KafkaConfig(brokerProperties(port, controllerPort, dataDir), false);
        formatIfNew(dataDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        return new EmbeddedKafka(server, port);
    }

    /** The bootstrap address for clients. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void formatIfNew(Path dataDir) throws Exception {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        new Formatter()
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .addDirectory(dataDir.toString())
                .setMetadataLogDirectory(dataDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setIgnoreFormatted(true)
                .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                .run();
    }

    private static Properties brokerProperties(int port, int controllerPort, Path dataDir) throws IOException {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort),
                Map.entry(
                        "listeners",
                        "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry(
                        "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", dataDir.toString()),
                Map.entry("metadata.log.dir", dataDir.toString()),
                Map.entry("num.partitions", "3"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("log.flush.interval.messages", "1")));
        return props;
    }
}
