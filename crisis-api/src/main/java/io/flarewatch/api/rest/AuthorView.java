package io.flarewatch.api.rest;

import io.flarewatch.api.model.StoredMention;
import io.flarewatch.api.stats.ComplaintRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An author as other tools (CRM, helpdesk, newsletter) see them: per brand their recent mentions and whether they
 * have an unresolved complaint (see {@link ComplaintRule}).
 *
 * @param source              where they write
 * @param authorId            their id there
 * @param name                their latest display name, or null when never seen
 * @param followers           their latest follower count
 * @param unresolvedComplaint true when they have an unresolved complaint about any brand
 * @param brands              per brand, the brand they mentioned most recently first
 */
public record AuthorView(
        String source,
        String authorId,
        String name,
        long followers,
        boolean unresolvedComplaint,
        List<BrandMentions> brands) {

    /**
     * One author's mentions of one brand.
     *
     * @param brandId             the brand
     * @param mentions            how many mentions of it were read
     * @param negative            of them, negative
     * @param positive            of them, positive
     * @param lastMentionAt       the newest one's time
     * @param unresolvedComplaint a negative mention in the last 14 days with no positive one after it
     * @param recent              the newest ones, newest first
     */
    public record BrandMentions(
            String brandId,
            long mentions,
            long negative,
            long positive,
            Instant lastMentionAt,
            boolean unresolvedComplaint,
            List<MentionView> recent) {}

    /** The view of an author's mentions (newest first), showing at most {@code recentPerBrand} per brand. */
    public static AuthorView of(
            String source, String authorId, List<StoredMention> newestFirst, int recentPerBrand, Instant now) {
        Map<String, List<StoredMention>> byBrand = new LinkedHashMap<>();
        for (StoredMention m : newestFirst) {
            byBrand.computeIfAbsent(m.brandId, b -> new ArrayList<>()).add(m);
        }
        List<BrandMentions> brands = new ArrayList<>();
        for (Map.Entry<String, List<StoredMention>> e : byBrand.entrySet()) {
            List<StoredMention> all = e.getValue();
            boolean unresolved = ComplaintRule.unresolved(
                    all.stream()
                            .map(m -> new ComplaintRule.Said(m.publishedAt, m.label))
                            .toList(),
                    now);
            brands.add(new BrandMentions(
                    e.getKey(),
                    all.size(),
                    count(all, "negative"),
                    count(all, "positive"),
                    all.get(0).publishedAt,
                    unresolved,
                    all.stream().limit(recentPerBrand).map(MentionView::of).toList()));
        }
        StoredMention newest = newestFirst.isEmpty() ? null : newestFirst.get(0);
        return new AuthorView(
                source,
                authorId,
                newest == null ? null : newest.authorName,
                newest == null ? 0 : newest.followers,
                brands.stream().anyMatch(BrandMentions::unresolvedComplaint),
                brands);
    }

    private static long count(List<StoredMention> mentions, String label) {
        return mentions.stream().filter(m -> label.equals(m.label)).count();
    }
}
