package io.flarewatch.brand;

/** The fields of a mention document that queries can look at. */
final class Fields {

    /** The text, analysed into inflection keys. */
    static final String TEXT = "text";
    /** The text as written, for case-sensitive words. */
    static final String TEXT_CASE = "text_cs";
    /** The language code. */
    static final String LANG = "lang";
    /** The source name. */
    static final String SOURCE = "source";
    /** The author, lowercased. */
    static final String AUTHOR = "author";
    /** The domain of the URL and each of its parent domains. */
    static final String SITE = "site";

    private Fields() {}
}
