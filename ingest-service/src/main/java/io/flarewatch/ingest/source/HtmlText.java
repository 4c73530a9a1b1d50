package io.flarewatch.ingest.source;

import org.jsoup.Jsoup;

/** Plain text of an HTML fragment (a feed item's description, a Mastodon status): tags gone, entities decoded. */
public final class HtmlText {

    private HtmlText() {}

    /** The text of {@code html} with whitespace collapsed; empty for null. */
    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}
