package io.flarewatch.localstack.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which column of an export feeds which field of a mention: for each field a list of column names that tools such
 * as Brand24, Talkwalker or Brandwatch use, the first one present wins; {@code --map field=column} replaces a
 * field's list by one column (or by none). Column names are compared without case, spaces, dashes and underscores,
 * so {@code Created At}, {@code created_at} and {@code createdAt} are one name; nested JSON keys read as
 * {@code author.name}.
 */
public final class ColumnMapping {

    /** The fields of a mention an export can feed, in the order they are described. */
    public static final List<String> FIELDS =
            List.of("id", "text", "url", "author", "authorId", "followers", "published", "language", "source");

    /** The default columns of each field, in order of preference. */
    static final Map<String, List<String>> DEFAULTS = defaults();

    private final Map<String, List<String>> columns;

    private ColumnMapping(Map<String, List<String>> columns) {
        this.columns = columns;
    }

    /** The default mapping with {@code overrides} (field to column; an empty column reads nothing). */
    public static ColumnMapping withOverrides(Map<String, String> overrides) {
        Map<String, List<String>> columns = new LinkedHashMap<>(DEFAULTS);
        overrides.forEach((field, column) -> {
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown field " + field);
            }
            columns.put(field, column.isBlank() ? List.of() : List.of(normalize(column)));
        });
        return new ColumnMapping(Map.copyOf(columns));
    }

    /** A column name as it is compared: lowercase, without spaces, dashes and underscores. */
    public static String normalize(String column) {
        StringBuilder name = new StringBuilder(column.length());
        for (char c : column.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != ' ' && c != '_' && c != '-' && c != '\uFEFF') {
                name.append(c);
            }
        }
        return name.toString();
    }

    /** The value of {@code field} in a record keyed by normalised column names; null when absent or blank. */
    public String value(Map<String, String> record, String field) {
        for (String column : columns.get(field)) {
            String value = record.get(column);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    /** Which column feeds each field among {@code present} (normalised names), e.g. {@code text<-content}. */
    public String describe(Set<String> present) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String field : FIELDS) {
            String column = columns.get(field).stream()
                    .filter(present::contains)
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                missing.add(field);
            } else {
                found.add(field + "<-" + column);
            }
        }
        return "columns: " + String.join(", ", found) + (missing.isEmpty() ? "" : "; none for " + missing);
    }

    private static Map<String, List<String>> defaults() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("id", List.of("id", "mentionid", "postid", "tweetid", "resultid", "guid", "documentid"));
        map.put("text", List.of("text", "content", "fulltext", "snippet", "message", "body", "mention", "title"));
        map.put("url", List.of("url", "link", "permalink", "mentionurl", "posturl", "originalurl"));
        map.put(
                "author",
                List.of(
                        "author",
                        "username",
                        "authorname",
                        "authorusername",
                        "screenname",
                        "user",
                        "author.name",
                        "author.username",
                        "user.screenname",
                        "user.name"));
        map.put("authorId", List.of("authorid", "userid", "author.id", "user.id"));
        map.put(
                "followers",
                List.of(
                        "followers",
                        "followerscount",
                        "authorfollowers",
                        "twitterfollowers",
                        "author.followers",
                        "user.followerscount"));
        map.put(
                "published",
                List.of(
                        "published",
                        "publishedat",
                        "publishdate",
                        "date",
                        "createdat",
                        "created",
                        "datetime",
                        "timestamp",
                        "time"));
        map.put("language", List.of("language", "lang", "languagecode"));
        map.put("source", List.of("source", "platform", "sourcetype", "pagetype", "network", "channel"));
        return Map.copyOf(map);
    }
}
