package io.flarewatch.sentiment.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentiment commands as a user runs them: what they print and how they refuse bad input. */
class SentimentCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void crossValidationPrintsTheMatrixAndTheFiguresAsTheLastLine() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add("positive\tDostawa na czas, dziękuję bardzo " + i);
            lines.add("negative\tPaczka znowu zgubiona, porażka " + i);
        }
        Path file = Files.write(folder.resolve("mentions.tsv"), lines, StandardCharsets.UTF_8);
        int code = EvalSentimentCommand.run(
                new String[] {file.toString(), "--lang", "pl", "--cv", "2"},
                System.in,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true));
        assertEquals(0, code, err.toString());
        String[] printed = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        String last = printed[printed.length - 1];
        assertTrue(
                last.matches("n=40 accuracy=[01]\\.\\d{4} macro_f1=[01]\\.\\d{4} macro_recall=[01]\\.\\d{4}"
                        + " docs_per_s=\\d+"),
                last);
        assertTrue(last.contains("accuracy=1.0000"), "texts this plain are learned from the other fold: " + last);
    }

    @Test
    void aLineWithoutALabelIsRefusedWithItsNumber() throws IOException {
        Path file = Files.write(
                folder.resolve("bad.tsv"), List.of("positive\tdobrze", "bez etykiety"), StandardCharsets.UTF_8);
        int code = EvalSentimentCommand.run(
                new String[] {file.toString()},
                System.in,
                new PrintStream(out),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 2"), err.toString());
    }

    @Test
    void crossValidationNeedsTheLanguageItLearns() {
        int code = EvalSentimentCommand.run(
                new String[] {"x.tsv", "--cv", "5"},
                System.in,
                new PrintStream(out),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--cv needs --lang"), err.toString());
    }

    @Test
    void scoreGivesTheBrandsWordsNoSentiment() throws IOException {
        String text = "Byłam dziś w Biedronce po zakupy\n";
        int code = ScoreCommand.run(
                new String[] {"--brand", "Biedronce"},
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true));
        assertEquals(0, code, err.toString());
        JsonNode scored = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("pl", scored.get("language").asText());
        assertEquals("neutral", scored.get("label").asText());
        for (JsonNode word : scored.get("explanation")) {
            assertTrue(!word.get("token").asText().equals("Biedronce"), "the brand explains nothing: " + scored);
        }
        assertEquals(0, scored.get("emotions").size(), "no emotion is expressed");
    }
}
