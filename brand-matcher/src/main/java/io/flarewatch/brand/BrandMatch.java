package io.flarewatch.brand;

import java.util.List;

/**
 * A brand whose query a mention satisfies.
 *
 * @param brandId      the brand
 * @param matchedWords the words of the text that matched, as written
 */
public record BrandMatch(String brandId, List<String> matchedWords) {}
