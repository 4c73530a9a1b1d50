package io.flarewatch.api.rest;

import java.util.List;

/**
 * One page of a mention search.
 *
 * @param items the mentions, newest first
 * @param next  the cursor of the next page (pass it as {@code cursor}), or null on the last page
 */
public record MentionPage(List<MentionView> items, String next) {}
