package io.flarewatch.api.service;

import java.util.List;

/**
 * A brand as the PR team creates or changes it.
 *
 * @param id          the brand's id (a slug); made from the name when absent on creation
 * @param name        the display name
 * @param query       the brand query (see brand-matcher's README)
 * @param languages   languages to watch, e.g. {@code ["pl"]}; empty or absent means all
 * @param sensitivity {@code fewer}, {@code balanced} (default) or {@code more}
 * @param muteHours   e.g. {@code 23:00-07:00}, or null
 */
public record BrandCommand(
        String id, String name, String query, List<String> languages, String sensitivity, String muteHours) {}
