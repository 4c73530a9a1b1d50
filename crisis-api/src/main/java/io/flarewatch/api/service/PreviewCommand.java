package io.flarewatch.api.service;

import java.util.List;

/**
 * A query to try before saving it, on sample texts or on the last stored mentions.
 *
 * @param query        the brand query
 * @param texts        sample texts, or null
 * @param lastMentions how many of the newest stored mentions to try it on, or null
 */
public record PreviewCommand(String query, List<String> texts, Integer lastMentions) {}
