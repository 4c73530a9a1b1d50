package io.flarewatch.events;

/**
 * A word of a mention that moved its sentiment score, for highlighting in the console.
 *
 * @param token  the word as written
 * @param start  its start offset in the mention text
 * @param end    its end offset (exclusive)
 * @param weight how much it moved the score (negative pulls towards negative)
 */
public record TokenWeight(String token, int start, int end, double weight) {}
