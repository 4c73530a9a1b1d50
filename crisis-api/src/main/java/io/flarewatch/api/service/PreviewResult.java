package io.flarewatch.api.service;

import java.util.List;

/**
 * What a query would catch.
 *
 * @param query   the query tried
 * @param total   how many samples were tried
 * @param matched how many of them it matches
 * @param results each sample with whether it matches and which words matched
 */
public record PreviewResult(String query, int total, int matched, List<Sample> results) {

    /**
     * One sample.
     *
     * @param mentionId    the stored mention's id, when the sample is one
     * @param text         the text
     * @param matches      whether the query matches it
     * @param matchedWords the words of the text that matched
     */
    public record Sample(String mentionId, String text, boolean matches, List<String> matchedWords) {}
}
