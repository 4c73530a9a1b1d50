package io.flarewatch.api.rest;

import io.flarewatch.api.model.StoredMention;
import io.flarewatch.api.repository.MentionCursor;
import io.flarewatch.api.repository.MentionFilter;
import io.flarewatch.api.service.MentionSearchService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /mentions}: search the stored mentions, newest first, a page at a time. The answer is
 * {@code {"items":[...],"next":"<cursor>"}}; {@code next} is null on the last page, and passing it as
 * {@code cursor} (with the same filters) gives the following page.
 */
@Path("/mentions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mentions", description = "Search the stored mentions with their sentiment explanation")
public class MentionResource {

    static final int MAX_LIMIT = 500;
    static final int MAX_TEXT = 200;
    private static final Set<String> LABELS = Set.of("negative", "neutral", "positive");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.:-]{1,63}");

    private final MentionSearchService search;

    MentionResource(MentionSearchService search) {
        this.search = search;
    }

    @GET
    @Operation(
            summary = "Search mentions",
            description = "Filters: brandId, from/to (ISO-8601, published in [from, to)), "
                    + "sentiment, category (e.g. delivery), language, source, q (case-insensitive text); limit (1-500, "
                    + "default 50) and cursor (the 'next' of the previous page).")
    public Uni<MentionPage> search(
            @QueryParam("brandId") String brandId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sentiment") String sentiment,
            @QueryParam("category") String category,
            @QueryParam("language") String language,
            @QueryParam("source") String source,
            @QueryParam("q") String q,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        Instant fromTime = QueryParams.instant("from", from);
        Instant toTime = QueryParams.instant("to", to);
        QueryParams.requireOrder("from", fromTime, "to", toTime);
        int pageSize = QueryParams.integer("limit", limit, 50, 1, MAX_LIMIT);
        MentionCursor after = cursor == null || cursor.isBlank()
                ? null
                : MentionCursor.decode(cursor)
                        .orElseThrow(() -> QueryParams.invalid(
                                "cursor", "is not a cursor of this API; pass the 'next' of a page"));
        if (q != null && q.length() > MAX_TEXT) {
            throw QueryParams.invalid("q", "must be at most " + MAX_TEXT + " characters");
        }
        MentionFilter filter = new MentionFilter(
                word("brandId", brandId),
                fromTime,
                toTime,
                QueryParams.oneOf("sentiment", sentiment, LABELS),
                word("category", category),
                word("language", language),
                word("source", source),
                q == null || q.isBlank() ? null : q.trim(),
                after,
                pageSize + 1);
        return search.search(filter).map(rows -> page(rows, pageSize));
    }

    private static MentionPage page(List<StoredMention> rows, int pageSize) {
        List<StoredMention> shown = rows.size() > pageSize ? rows.subList(0, pageSize) : rows;
        String next = null;
        if (rows.size() > pageSize) {
            StoredMention last = shown.get(shown.size() - 1);
            next = new MentionCursor(last.publishedAt, last.id).encode();
        }
        return new MentionPage(shown.stream().map(MentionView::of).toList(), next);
    }

    private static String word(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!WORD.matcher(value.trim()).matches()) {
            throw QueryParams.invalid(name, "must be 1-63 letters, digits or _ . : -");
        }
        return value.trim();
    }
}
