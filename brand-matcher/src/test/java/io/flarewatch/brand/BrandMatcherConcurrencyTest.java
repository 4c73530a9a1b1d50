package io.flarewatch.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Mentions are matched on several threads while a brand's query is being changed, as sentiment-service does. */
class BrandMatcherConcurrencyTest {

    private static final int MATCHING_THREADS = 3;
    private static final int MENTIONS_PER_THREAD = 300;
    private static final int QUERY_CHANGES = 200;

    @Test
    void matchingWhileTheQueryChangesNeitherFailsNorMixesUpBrands() throws Exception {
        MentionDocument priceCut = MentionDocument.ofText("Orlen obniżył ceny paliwa na stacjach");
        MentionDocument otherShop = MentionDocument.ofText("Jadę do Lidla po zakupy");
        ExecutorService pool = Executors.newFixedThreadPool(MATCHING_THREADS + 1);
        try (BrandMatcher matcher = new BrandMatcher()) {
            matcher.upsert("orlen", BrandQuery.parse("orlen"));
            matcher.upsert("lidl", BrandQuery.parse("lidl"));
            BrandQuery plain = BrandQuery.parse("orlen");
            BrandQuery withoutSponsoring = BrandQuery.parse("orlen -sponsor*");
            Future<?> changes = pool.submit(() -> {
                for (int i = 0; i < QUERY_CHANGES; i++) {
                    matcher.upsert("orlen", i % 2 == 0 ? withoutSponsoring : plain);
                }
                return null;
            });
            List<Future<?>> matching = new ArrayList<>();
            for (int t = 0; t < MATCHING_THREADS; t++) {
                matching.add(pool.submit(() -> {
                    for (int i = 0; i < MENTIONS_PER_THREAD; i++) {
                        // Both versions of the Orlen query match the price cut; neither matches the other shop.
                        assertEquals(List.of("orlen"), brandsOf(matcher.match(priceCut)));
                        assertEquals(List.of("lidl"), brandsOf(matcher.match(otherShop)));
                    }
                    return null;
                }));
            }
            changes.get(1, TimeUnit.MINUTES);
            for (Future<?> future : matching) {
                future.get(1, TimeUnit.MINUTES);
            }
            assertEquals(2, matcher.size());
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
    }

    private static List<String> brandsOf(List<BrandMatch> matches) {
        return matches.stream().map(BrandMatch::brandId).toList();
    }
}
