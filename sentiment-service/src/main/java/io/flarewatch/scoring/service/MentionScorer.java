package io.flarewatch.scoring.service;

import io.flarewatch.brand.BrandMatch;
import io.flarewatch.brand.MentionDocument;
import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.Mention;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Sentiment;
import io.flarewatch.events.TokenWeight;
import io.flarewatch.sentiment.SentimentModel;
import io.flarewatch.sentiment.SentimentResult;
import java.time.Instant;
import java.util.List;

/**
 * Decides which brands a mention is about and what it says of them: one scored mention per matched brand
 * (whose languages include the mention's), its sentiment scored for that brand (the words that matched the brand
 * carry no sentiment for it).
 */
public final class MentionScorer {

    private final BrandCatalog catalog;
    private final SentimentModel model;

    /** A scorer over the given brands and sentiment model. */
    public MentionScorer(BrandCatalog catalog, SentimentModel model) {
        this.catalog = catalog;
        this.model = model;
    }

    /** The scored mentions of one mention; empty when it names no watched brand. */
    public List<ScoredMention> score(Mention mention, Instant now) {
        List<BrandMatch> matches = catalog.match(new MentionDocument(
                mention.text(),
                mention.language(),
                mention.source(),
                mention.author().name(),
                mention.url()));
        if (matches.isEmpty()) {
            return List.of();
        }
        String language = model.languageOf(mention.text(), mention.language());
        return matches.stream()
                .filter(match -> watchesLanguage(match.brandId(), language))
                .map(match -> ScoredMention.of(
                        match.brandId(),
                        mention,
                        language,
                        toWire(model.score(mention.text(), language, match.matchedWords())),
                        match.matchedWords(),
                        now))
                .toList();
    }

    /** The sentiment of a text alone, for the score endpoint. */
    public SentimentResult sentimentOf(String text, String languageHint) {
        return model.score(text, languageHint);
    }

    private boolean watchesLanguage(String brandId, String language) {
        List<String> languages =
                catalog.brand(brandId).map(BrandDefinition::languages).orElse(List.of());
        return languages == null || languages.isEmpty() || languages.contains(language);
    }

    /** The model's result in the wire form of {@link Sentiment}. */
    public static Sentiment toWire(SentimentResult result) {
        List<TokenWeight> explanation = result.contributions().stream()
                .map(c -> new TokenWeight(c.token(), c.start(), c.end(), c.weight()))
                .toList();
        return new Sentiment(
                result.label().wireName(),
                result.score(),
                result.confidence(),
                explanation,
                result.emotions().stream().map(e -> e.wireName()).sorted().toList(),
                result.categories().stream().map(c -> c.wireName()).sorted().toList(),
                result.escalations().stream().map(e -> e.wireName()).sorted().toList());
    }
}
