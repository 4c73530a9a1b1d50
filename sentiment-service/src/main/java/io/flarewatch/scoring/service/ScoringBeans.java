package io.flarewatch.scoring.service;

import io.flarewatch.sentiment.SentimentModel;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the framework-free scoring classes available for injection. */
public class ScoringBeans {

    @Produces
    @Singleton
    SentimentModel sentimentModel() {
        return SentimentModel.loadDefault();
    }

    @Produces
    @Singleton
    BrandCatalog brandCatalog() {
        return new BrandCatalog();
    }

    @Produces
    @Singleton
    MentionScorer mentionScorer(BrandCatalog catalog, SentimentModel model) {
        return new MentionScorer(catalog, model);
    }

    void closeCatalog(@Disposes BrandCatalog catalog) throws Exception {
        catalog.close();
    }
}
