package io.flarewatch.sentiment;

/**
 * One unit of a mention's text.
 *
 * @param text  as written (for words: with elongations collapsed, e.g. "suuuper" → "super")
 * @param start start offset in the text
 * @param end   end offset (exclusive)
 * @param kind  what it is
 * @param shouted written in capitals (3+ letters) in a text that is not all capitals
 */
record Token(String text, int start, int end, Kind kind, boolean shouted) {

    /** Kinds of tokens. */
    enum Kind {
        WORD,
        EMOJI,
        EMOTICON,
        EXCLAMATION,
        QUESTION,
        PUNCTUATION
    }
}
