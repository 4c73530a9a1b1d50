package io.flarewatch.ingest.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** What every connector's mapping shares: ids and texts made to fit the rules a posted mention must meet. */
public final class SourceItems {

    /** Longer source ids (a feed's guid can be a long URL) are replaced by their SHA-256, which stays stable. */
    static final int MAX_SOURCE_ID = 200;
    /** Feeds carry whole articles at times; the words that name a brand and a mood come early. */
    static final int MAX_TEXT = 10_000;

    private static final Pattern LANGUAGE = Pattern.compile("([a-zA-Z]{2})([-_].*)?");

    private SourceItems() {}

    /** {@code id} if it fits in a source id, else {@code sha256:<hex>} of it. */
    public static String sourceId(String id) {
        if (id.length() <= MAX_SOURCE_ID) {
            return id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** {@code text} cut to the longest text a connector hands on, at a character boundary. */
    public static String text(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, end);
    }

    /** The two-letter code of a language tag such as {@code pl}, {@code en-US} or {@code pl_PL}; null otherwise. */
    public static String language(String tag) {
        if (tag == null) {
            return null;
        }
        var matcher = LANGUAGE.matcher(tag.trim());
        return matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
