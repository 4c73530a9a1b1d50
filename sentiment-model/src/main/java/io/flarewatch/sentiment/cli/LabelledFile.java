package io.flarewatch.sentiment.cli;

import io.flarewatch.sentiment.LabelledText;
import io.flarewatch.sentiment.SentimentLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a {@code label<TAB>text} file (label negative, neutral or positive), with a clear error for a bad line. */
final class LabelledFile {

    private LabelledFile() {}

    static List<LabelledText> read(Path file) throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab).trim();
            if (!List.of("negative", "neutral", "positive").contains(label)) {
                throw new IllegalArgumentException(
                        "line " + number + " does not start with negative, neutral or positive and a tab");
            }
            rows.add(new LabelledText(SentimentLabel.valueOf(label.toUpperCase(Locale.ROOT)), line.substring(tab + 1)));
        }
        return rows;
    }
}
