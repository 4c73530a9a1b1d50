package io.flarewatch.sentiment;

/**
 * One feature of a mention as the linear model sees it.
 *
 * @param name  the feature's name, e.g. {@code u:polecać}, {@code n:polecać} (negated), {@code b:nie_polecać}
 * @param value its value (1 for presence; the lexicon's valence for {@code lex:*})
 * @param first the first token it came from, or -1 for a feature of the whole text
 * @param last  the last token it came from, or -1
 */
record TextFeature(String name, double value, int first, int last) {

    static TextFeature of(String name, int token) {
        return new TextFeature(name, 1, token, token);
    }

    static TextFeature global(String name, double value) {
        return new TextFeature(name, value, -1, -1);
    }
}
