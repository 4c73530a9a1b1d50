package io.flarewatch.localstack.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.EventJson;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic mentions as ingest's JSON: Polish and English, spread over brands (a few brands get most of
 * them, as in life), from many authors with a long tail of followers, a chosen share of complaints, and during
 * a storm a burst of complaints about one brand.
 */
public final class MentionGenerator {

    private static final String[] SOURCES = {"twitter", "facebook", "forum", "news", "reviews", "instagram"};

    private final List<LoadBrand> brands;
    private final int authors;
    private final double complaintShare;
    private final String runId;
    private final SplittableRandom random;

    /** A generator for one run; {@code runId} makes every source id of the run unique. */
    public MentionGenerator(List<LoadBrand> brands, int authors, double complaintShare, String runId, long seed) {
        this.brands = brands;
        this.authors = authors;
        this.complaintShare = complaintShare;
        this.runId = runId;
        this.random = new SplittableRandom(seed);
    }

    /** The run's prefix of every source id, for finding its mentions in PostgreSQL. */
    public String sourceIdPrefix() {
        return runId + "-";
    }

    /**
     * Mention {@code seq} as one NDJSON line; when {@code stormBrand} is not null, {@code stormShare} of the
     * mentions are complaints about it.
     */
    public synchronized String next(long seq, LoadBrand stormBrand, double stormShare, Instant now) {
        boolean storm = stormBrand != null && random.nextDouble() < stormShare;
        LoadBrand brand = storm ? stormBrand : pickBrand();
        boolean complaint = storm || random.nextDouble() < complaintShare;
        return mention(seq, brand, complaint, now);
    }

    /** An ordinary mention of {@code brand}: what a warm-up sends, teaching no brand a negative history. */
    public synchronized String ordinary(long seq, LoadBrand brand, Instant now) {
        return mention(seq, brand, false, now);
    }

    private String mention(long seq, LoadBrand brand, boolean complaint, Instant now) {
        boolean polish = random.nextDouble() < 0.6;
        int author = pickAuthor();
        ObjectNode json = EventJson.mapper().createObjectNode();
        json.put("source", SOURCES[random.nextInt(SOURCES.length)]);
        json.put("sourceId", sourceIdPrefix() + seq);
        json.putObject("author")
                .put("id", "a" + author)
                .put("name", (polish ? "user_pl_" : "user_en_") + author)
                .put("followers", followers(author));
        json.put("language", polish ? "pl" : "en");
        json.put(
                "text",
                complaint
                        ? PostTexts.complaint(brand.name(), polish, random)
                        : PostTexts.ordinary(brand.name(), polish, random));
        json.put("publishedAt", now.minusMillis(random.nextInt(5_000)).toString());
        return json.toString();
    }

    /** Zipf-like: brand i is picked with weight 1/(i+1), so the first few get most mentions. */
    private LoadBrand pickBrand() {
        double total = 0;
        for (int i = 0; i < brands.size(); i++) {
            total += 1.0 / (i + 1);
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < brands.size(); i++) {
            target -= 1.0 / (i + 1);
            if (target <= 0) {
                return brands.get(i);
            }
        }
        return brands.get(brands.size() - 1);
    }

    private int pickAuthor() {
        // squaring skews towards low numbers: a few authors write a lot, most write once or twice
        double u = random.nextDouble();
        return (int) (u * u * authors);
    }

    private static long followers(int author) {
        // a long tail that is the same for the same author: most have tens, a few have hundreds of thousands
        long hash = (author * 2_654_435_761L) & 0xffff;
        return Math.round(Math.pow(10, 1 + 4.5 * (hash / 65_535.0) * (hash / 65_535.0)));
    }
}
