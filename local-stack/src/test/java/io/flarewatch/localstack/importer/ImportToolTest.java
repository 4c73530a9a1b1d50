package io.flarewatch.localstack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.flarewatch.localstack.SourceKeyFile;
import io.flarewatch.localstack.StackConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import end to end on the client side, against a local HTTP server that answers {@code /mentions/batch} the
 * way ingest-service does (202 with counts; 400 naming bad lines by their line in the batch, the good ones kept;
 * duplicates by source and source id) and records what it was sent.
 */
class ImportToolTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startIngest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/mentions/batch", exchange -> {
            keys.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
            String[] lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            int accepted = 0;
            int duplicates = 0;
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                JsonNode mention = JSON.readTree(lines[i]);
                if (mention.get("text").asText().contains("REFUSE")) {
                    errors.add("{\"line\":" + (i + 1) + ",\"field\":\"text\",\"message\":\"is refused\"}");
                } else if (seen.add(mention.get("source").asText() + ":"
                        + mention.get("sourceId").asText())) {
                    received.add(mention);
                    accepted++;
                } else {
                    duplicates++;
                }
            }
            String counts = "\"accepted\":" + accepted + ",\"duplicates\":" + duplicates;
            byte[] body = (errors.isEmpty()
                            ? "{" + counts + ",\"mentionIds\":[]}"
                            : "{\"status\":400,\"detail\":\"bad lines\",\"errors\":[" + String.join(",", errors) + "],"
                                    + counts + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(errors.isEmpty() ? 202 : 400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopIngest() {
        server.stop(0);
    }

    @Test
    void badLinesAreListedWithTheirLineNumbersAndTheGoodLinesAroundThemAreImported() throws Exception {
        Path file = dir.resolve("brand24.csv");
        Files.writeString(file, """
                ID,Date,Author,Followers,Content,URL,Language,Source
                1,2026-11-20 09:00:00,kasia,120,Kurierex zgubił paczkę,https://x.pl/1,pl,Twitter
                2,2026-11-20 09:01:00,jan,5,,https://x.pl/2,pl,Twitter
                3,2026-11-20 09:02:00,ola,7,"multi
                line text",https://x.pl/3,pl,Facebook
                4,not a date,ewa,1,Brightcell down,https://x.pl/4,en,News
                5,2026-11-20 09:04:00,tom,1,"stray"quote,https://x.pl/5,en,News
                6,2026-11-20 09:05:00,ann,1,please REFUSE me,https://x.pl/6,en,News
                7,2026-11-20 09:06:00,bob,1,last good line,https://x.pl/7,en,News
                1,2026-11-20 09:00:00,kasia,120,Kurierex zgubił paczkę,https://x.pl/1,pl,Twitter
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exit = run(file, output, "--batch", "2");

        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);
        assertEquals(
                List.of("1", "3", "7"),
                received.stream().map(m -> m.get("sourceId").asText()).sorted().toList());
        assertTrue(printed.contains("line 3: has no text"), printed);
        assertTrue(printed.contains("line 6: has a date that is not understood: 'not a date'"), printed);
        assertTrue(printed.contains("line 7: is not valid CSV"), printed);
        assertTrue(printed.contains("line 8: refused by ingest: text is refused"), printed);
        assertTrue(printed.contains("read=8 accepted=3 duplicates=1 rejected=4 not_sent=0"), printed);
        assertEquals(
                "multi\nline text",
                received.stream()
                        .filter(m -> m.get("sourceId").asText().equals("3"))
                        .findFirst()
                        .orElseThrow()
                        .get("text")
                        .asText());
        assertFalse(Files.exists(dir.resolve("brand24.csv.rejected.tsv")), "a short list needs no file");
        assertEquals(Set.of("source-key-for-test"), Set.copyOf(keys));
    }

    @Test
    void manyRejectionsAreListedInAFileAndTheSummaryShowsTheFirst() throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            ndjson.append(i % 2 == 0 ? "{\"text\":\"no date\"}" : "{\"text\":\"t" + i + "\",\"date\":\"2026-11-20\"}")
                    .append('\n');
        }
        Path file = dir.resolve("export.ndjson");
        Files.writeString(file, ndjson);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exit = run(file, output);

        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);
        assertEquals(15, received.size());
        Path rejections = dir.resolve("export.ndjson.rejected.tsv");
        assertTrue(printed.contains("rejected lines:\n"), printed);
        assertTrue(printed.contains("line 2: has no date"), printed);
        assertTrue(printed.contains("line 30: has no date"), printed);
        assertFalse(Files.exists(rejections), "15 rejections fit the summary");
    }

    @Test
    void anUnreachableIngestEndsWithExitCodeOne() throws Exception {
        Path file = dir.resolve("one.ndjson");
        Files.writeString(file, "{\"text\":\"t\",\"date\":\"2026-11-20\"}\n");
        int port = server.getAddress().getPort();
        server.stop(0);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        ImportTool tool = new ImportTool(
                ImportOptions.parse(List.of(file.toString())),
                new IngestClient("http://127.0.0.1:" + port, null),
                new PrintStream(output, true, StandardCharsets.UTF_8),
                1);

        assertEquals(1, tool.run(file));
        assertTrue(output.toString(StandardCharsets.UTF_8).contains("stopped: ingest cannot be reached"));
    }

    @Test
    void theKeyOfTheLocalStacksDataFolderIsSentToIngest(@TempDir Path data) throws Exception {
        String key = SourceKeyFile.ensure(data);

        assertEquals(0, runWithKeyFrom(Map.of(), data));

        assertEquals(Set.of(key), Set.copyOf(keys));
    }

    @Test
    void theEnvironmentsKeyOverridesTheDataFolders(@TempDir Path data) throws Exception {
        SourceKeyFile.ensure(data);

        assertEquals(0, runWithKeyFrom(Map.of(SourceKeyFile.ENVIRONMENT, "fw_from_env"), data));

        assertEquals(Set.of("fw_from_env"), Set.copyOf(keys));
    }

    @Test
    void withoutAnyKeyTheImportSaysWhereOneComesFromAndSendsNothing(@TempDir Path data) {
        IOException missing = assertThrows(IOException.class, () -> runWithKeyFrom(Map.of(), data));

        assertTrue(missing.getMessage().contains(SourceKeyFile.ENVIRONMENT), missing.getMessage());
        assertTrue(missing.getMessage().contains("bin/flarewatch up"), missing.getMessage());
        assertTrue(keys.isEmpty(), "nothing was sent without a key");
    }

    /** Imports one mention with the client {@code main} builds from the environment and the data folder. */
    private int runWithKeyFrom(Map<String, String> env, Path data) throws Exception {
        Path file = Files.writeString(
                dir.resolve("one.ndjson"), "{\"text\":\"Kurierex zgubił paczkę\",\"date\":\"2026-11-20\"}\n");
        ImportOptions options = ImportOptions.parse(List.of(
                file.toString(),
                "--ingest",
                "http://127.0.0.1:" + server.getAddress().getPort()));
        StackConfig stack = StackConfig.fromEnvironment(Map.of("FLAREWATCH_DATA", data.toString()));
        IngestClient client = ImportTool.ingestClient(options, env, stack);
        return new ImportTool(options, client, new PrintStream(new ByteArrayOutputStream(), true)).run(file);
    }

    private int run(Path file, ByteArrayOutputStream output, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of(file.toString()));
        args.addAll(List.of(options));
        ImportTool tool = new ImportTool(
                ImportOptions.parse(args),
                new IngestClient("http://127.0.0.1:" + server.getAddress().getPort(), "source-key-for-test"),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return tool.run(file);
    }
}
