package io.flarewatch.brand;

/**
 * What of a mention the brand queries can look at.
 *
 * @param text     the text
 * @param language {@code pl}, {@code en}, {@code other}, or null when unknown
 * @param source   where it was written, e.g. {@code twitter}
 * @param author   the author's name or handle
 * @param url      the link to the post, or null
 */
public record MentionDocument(String text, String language, String source, String author, String url) {

    /** A document of the text alone. */
    public static MentionDocument ofText(String text) {
        return new MentionDocument(text, null, null, null, null);
    }
}
