package io.flarewatch.sentiment;

/**
 * A word (or phrase, emoji, emoticon) that moved a mention's score.
 *
 * @param token  as written in the text
 * @param start  its start offset in the text
 * @param end    its end offset (exclusive)
 * @param weight how much it moved the linear model towards positive (negative: towards negative)
 */
public record TokenContribution(String token, int start, int end, double weight) {}
