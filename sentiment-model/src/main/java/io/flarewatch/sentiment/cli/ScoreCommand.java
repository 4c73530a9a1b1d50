package io.flarewatch.sentiment.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.sentiment.SentimentModel;
import io.flarewatch.sentiment.SentimentResult;
import io.flarewatch.sentiment.TokenContribution;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bin/flarewatch score [--lang pl|en|auto] [--brand WORD]... [FILE]}: one text per line in, one JSON object per
 * line out; the words given with {@code --brand} carry no sentiment, as for the brand being scored.
 */
public final class ScoreCommand {

    static final String USAGE = "usage: bin/flarewatch score [--lang pl|en|auto] [--brand WORD]... [FILE]"
            + "   (one text, or label<TAB>text, per line; stdin without FILE; --brand: words naming the brand scored for)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScoreCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
            if (arguments.files().size() > 1) {
                throw new IllegalArgumentException("score takes at most one FILE");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SentimentModel model = SentimentModel.loadDefault();
        try (BufferedReader reader = reader(arguments, in)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String text = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
                out.println(JSON.writeValueAsString(
                        toJson(text, model.score(text, arguments.hint(), arguments.brandWords()))));
            }
            return 0;
        } catch (IOException e) {
            err.println("cannot read input: " + e.getMessage());
            return 1;
        }
    }

    static ObjectNode toJson(String text, SentimentResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", text);
        node.put("language", result.language());
        node.put("label", result.label().wireName());
        node.put("score", result.score());
        node.put("confidence", result.confidence());
        ArrayNode explanation = node.putArray("explanation");
        for (TokenContribution c : result.contributions()) {
            explanation
                    .addObject()
                    .put("token", c.token())
                    .put("start", c.start())
                    .put("end", c.end())
                    .put("weight", c.weight());
        }
        result.emotions().stream().map(e -> e.wireName()).sorted().forEach(node.putArray("emotions")::add);
        ArrayNode categories = node.putArray("categories");
        result.categories().stream().map(c -> c.wireName()).sorted().forEach(categories::add);
        ArrayNode escalations = node.putArray("escalations");
        result.escalations().stream().map(e -> e.wireName()).sorted().forEach(escalations::add);
        return node;
    }

    private static BufferedReader reader(Arguments arguments, InputStream in) throws IOException {
        if (arguments.files().isEmpty() || arguments.files().get(0).equals("-")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(arguments.files().get(0)), StandardCharsets.UTF_8);
    }
}
