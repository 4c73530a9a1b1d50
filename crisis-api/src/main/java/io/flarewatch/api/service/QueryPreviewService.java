package io.flarewatch.api.service;

import io.flarewatch.api.model.StoredMention;
import io.flarewatch.api.repository.MentionRepository;
import io.flarewatch.brand.BrandQuery;
import io.flarewatch.brand.BrandQueryPreview;
import io.flarewatch.brand.BrandQuerySyntaxException;
import io.flarewatch.brand.MentionDocument;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tries a brand query on sample texts or on the newest stored mentions, so it can be tested before it is saved. */
@ApplicationScoped
public class QueryPreviewService {

    static final int MAX_SAMPLES = 1000;

    private final MentionRepository mentions;

    QueryPreviewService(MentionRepository mentions) {
        this.mentions = mentions;
    }

    /** The preview; 400 when the query does not parse or no samples are given. */
    @WithSession
    public Uni<PreviewResult> preview(PreviewCommand request) {
        BrandQuery query = parse(request);
        if (request.texts() != null && !request.texts().isEmpty()) {
            if (request.texts().size() > MAX_SAMPLES) {
                throw DomainException.invalid(List.of(new FieldError("texts", "at most " + MAX_SAMPLES + " texts")));
            }
            Map<String, String> samples = new LinkedHashMap<>();
            request.texts().forEach(text -> samples.put(text, null));
            return Uni.createFrom().item(run(query, samples));
        }
        Integer last = request.lastMentions();
        if (last == null || last < 1 || last > MAX_SAMPLES) {
            throw DomainException.invalid(List.of(
                    new FieldError("texts", "give sample texts, or lastMentions between 1 and " + MAX_SAMPLES)));
        }
        return mentions.findAll(Sort.descending("publishedAt"))
                .page(Page.ofSize(last))
                .list()
                .map(rows -> {
                    Map<String, String> samples = new LinkedHashMap<>();
                    for (StoredMention row : rows) {
                        samples.putIfAbsent(row.text, row.mentionId);
                    }
                    return run(query, samples);
                });
    }

    private static PreviewResult run(BrandQuery query, Map<String, String> samples) {
        List<String> texts = new ArrayList<>(samples.keySet());
        List<BrandQueryPreview.SampleResult> results = BrandQueryPreview.preview(
                query, texts.stream().map(MentionDocument::ofText).toList());
        List<PreviewResult.Sample> out = new ArrayList<>();
        int matched = 0;
        for (BrandQueryPreview.SampleResult result : results) {
            String text = result.sample().text();
            out.add(new PreviewResult.Sample(samples.get(text), text, result.matches(), result.matchedWords()));
            matched += result.matches() ? 1 : 0;
        }
        return new PreviewResult(query.source(), out.size(), matched, out);
    }

    private static BrandQuery parse(PreviewCommand request) {
        if (request == null || request.query() == null || request.query().isBlank()) {
            throw DomainException.invalid(List.of(new FieldError("query", "is required")));
        }
        try {
            return BrandQuery.parse(request.query());
        } catch (BrandQuerySyntaxException e) {
            throw DomainException.invalid(List.of(new FieldError("query", e.getMessage())));
        }
    }
}
