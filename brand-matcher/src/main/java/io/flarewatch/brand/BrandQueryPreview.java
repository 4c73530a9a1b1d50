package io.flarewatch.brand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Tries a query on sample texts before it is saved, so a PR person sees what it would catch. */
public final class BrandQueryPreview {

    private static final String PREVIEW_ID = "preview";

    private BrandQueryPreview() {}

    /**
     * One sample's outcome.
     *
     * @param sample       the sample
     * @param matches      whether the query matches it
     * @param matchedWords the words of its text that matched
     */
    public record SampleResult(MentionDocument sample, boolean matches, List<String> matchedWords) {}

    /** The outcome for each sample, in order. */
    public static List<SampleResult> preview(BrandQuery query, List<MentionDocument> samples) {
        try (BrandMatcher matcher = new BrandMatcher()) {
            matcher.upsert(PREVIEW_ID, query);
            List<SampleResult> results = new ArrayList<>(samples.size());
            for (MentionDocument sample : samples) {
                List<BrandMatch> matches = matcher.match(sample);
                results.add(new SampleResult(
                        sample,
                        !matches.isEmpty(),
                        matches.isEmpty() ? List.of() : matches.get(0).matchedWords()));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
