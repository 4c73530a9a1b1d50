package io.flarewatch.brand;

/**
 * One token of a brand query.
 *
 * @param kind     what it is
 * @param text     its text (the word, the phrase without quotes, the field value)
 * @param field    the field name of a filter, else null
 * @param distance the distance of a NEAR operator, else 0
 * @param position its 0-based offset in the query
 */
record QueryToken(Kind kind, String text, String field, int distance, int position) {

    /** The kinds of tokens. */
    enum Kind {
        WORD,
        PHRASE,
        CASE_WORD,
        FILTER,
        AND,
        OR,
        NOT,
        NEAR,
        ORDERED_NEAR,
        OPEN,
        CLOSE,
        END
    }
}
