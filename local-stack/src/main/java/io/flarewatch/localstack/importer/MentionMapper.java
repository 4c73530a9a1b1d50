package io.flarewatch.localstack.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one export record to the JSON mention ingest takes, or says why it cannot. What ingest checks itself
 * (lengths, URL form) is left to it; this class decides what only the export's shape can tell: the text, the date
 * in the tool's format, the follower count written as {@code 12.5K}, and a stable source id when the export has
 * none (a hash of text, author and date), so that importing a file twice counts its mentions once.
 */
final class MentionMapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LANGUAGE = Pattern.compile("([a-zA-Z]{2})([-_][a-zA-Z0-9]+)*");
    private static final Pattern COUNT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*([kKmM]?)");
    private static final int MAX_SOURCE_ID = 200;
    private static final int HASH_HEX = 32;

    private final ColumnMapping mapping;
    private final FlexibleDates dates;
    private final String defaultSource;

    MentionMapper(ColumnMapping mapping, FlexibleDates dates, String defaultSource) {
        this.mapping = mapping;
        this.dates = dates;
        this.defaultSource = defaultSource;
    }

    /**
     * The outcome for one record.
     *
     * @param json  the mention as one line of NDJSON, or null
     * @param error why the record was rejected, or null
     */
    record Mapped(String json, String error) {
        static Mapped rejected(String error) {
            return new Mapped(null, error);
        }
    }

    Mapped map(ExportRecord record) {
        if (record.error() != null) {
            return Mapped.rejected(record.error());
        }
        Map<String, String> values = record.values();
        String text = mapping.value(values, "text");
        if (text == null) {
            return Mapped.rejected("has no text (looked for the columns of field 'text'; see --map)");
        }
        String published = mapping.value(values, "published");
        if (published == null) {
            return Mapped.rejected("has no date (field 'published')");
        }
        Optional<Instant> publishedAt = dates.parse(published);
        if (publishedAt.isEmpty()) {
            return Mapped.rejected("has a date that is not understood: '" + published + "' (use ISO-8601)");
        }
        String followersText = mapping.value(values, "followers");
        Long followers = followersText == null ? null : followers(followersText);
        if (followersText != null && followers == null) {
            return Mapped.rejected("has a follower count that is not a number: '" + followersText + "'");
        }
        String url = mapping.value(values, "url");
        String authorName = mapping.value(values, "author");
        String authorId = mapping.value(values, "authorId");
        if (authorName == null && authorId == null) {
            authorName = host(url).orElse("unknown");
        }
        ObjectNode mention = JSON.createObjectNode();
        String source = SourceNames.of(mapping.value(values, "source"));
        mention.put("source", source != null ? source : defaultSource);
        mention.put("sourceId", sourceId(mapping.value(values, "id"), text, authorName, authorId, published));
        if (url != null) {
            mention.put("url", url);
        }
        ObjectNode author = mention.putObject("author");
        author.put("id", authorId != null ? authorId : authorName);
        author.put("name", authorName != null ? authorName : authorId);
        if (followers != null) {
            author.put("followers", followers);
        }
        language(mapping.value(values, "language")).ifPresent(language -> mention.put("language", language));
        mention.put("text", text);
        mention.put("publishedAt", publishedAt.get().toString());
        return new Mapped(mention.toString(), null);
    }

    /** A count such as {@code 1234}, {@code 1,234}, {@code 1 234} or {@code 12.5K}; null when it is none. */
    static Long followers(String text) {
        String compact = text.replace(" ", "").replace("\u00a0", "");
        if (compact.matches("\\d{1,3}(,\\d{3})+")) {
            compact = compact.replace(",", "");
        }
        Matcher count = COUNT.matcher(compact);
        if (!count.matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(count.group(1).replace(',', '.'));
        BigDecimal scale = switch (count.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> BigDecimal.valueOf(1_000);
            case "m" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.ONE;
        };
        return number.multiply(scale).longValue();
    }

    /** The two-letter code of {@code en}, {@code en-US} or {@code pl_PL}; other values are left to detection. */
    private static Optional<String> language(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher code = LANGUAGE.matcher(value);
        return code.matches() ? Optional.of(code.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static String sourceId(String id, String text, String author, String authorId, String published) {
        if (id != null && id.length() <= MAX_SOURCE_ID) {
            return id;
        }
        String identity = id != null
                ? id
                : String.join("\u0000", text, String.valueOf(author), String.valueOf(authorId), published);
        return sha256(identity).substring(0, HASH_HEX);
    }

    private static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
