package io.flarewatch.api.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether an author has an unresolved complaint about a brand: they wrote a negative mention of it within the last
 * {@link #WINDOW} and wrote no positive mention of it after that. A later neutral mention does not settle it ("still
 * waiting for my refund" is often scored neutral); a positive one ("thanks, sorted!") does. Older complaints are
 * taken as settled, so that a CRM does not hold back offers forever.
 */
public final class ComplaintRule {

    /** How far back a negative mention still counts as an open complaint. */
    public static final Duration WINDOW = Duration.ofDays(14);

    /**
     * One mention of the brand by the author.
     *
     * @param publishedAt when
     * @param label       {@code negative}, {@code neutral} or {@code positive}
     */
    public record Said(Instant publishedAt, String label) {}

    private ComplaintRule() {}

    /** Whether {@code mentions} (of one brand by one author, in any order) leave a complaint unresolved at {@code now}. */
    public static boolean unresolved(List<Said> mentions, Instant now) {
        Instant latestNegative = null;
        Instant latestPositive = null;
        for (Said said : mentions) {
            if ("negative".equals(said.label())
                    && (latestNegative == null || said.publishedAt().isAfter(latestNegative))) {
                latestNegative = said.publishedAt();
            }
            if ("positive".equals(said.label())
                    && (latestPositive == null || said.publishedAt().isAfter(latestPositive))) {
                latestPositive = said.publishedAt();
            }
        }
        return latestNegative != null
                && !latestNegative.isBefore(now.minus(WINDOW))
                && (latestPositive == null || !latestPositive.isAfter(latestNegative));
    }
}
