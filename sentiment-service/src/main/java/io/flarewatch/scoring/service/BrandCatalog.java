package io.flarewatch.scoring.service;

import io.flarewatch.brand.BrandMatch;
import io.flarewatch.brand.BrandMatcher;
import io.flarewatch.brand.BrandQuery;
import io.flarewatch.brand.BrandQuerySyntaxException;
import io.flarewatch.brand.MentionDocument;
import io.flarewatch.events.BrandDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The brands currently watched, with their compiled queries; changes apply while mentions are being matched. */
public final class BrandCatalog implements AutoCloseable {

    private final BrandMatcher matcher = new BrandMatcher();
    private final Map<String, BrandDefinition> brands = new ConcurrentHashMap<>();

    /**
     * Applies a change from the {@code brands} topic: a definition adds or replaces the brand, null removes it.
     *
     * @throws BrandQuerySyntaxException when the query does not parse; the brand's previous query stays
     */
    public void apply(String brandId, BrandDefinition definition) throws BrandQuerySyntaxException {
        if (definition == null) {
            matcher.remove(brandId);
            brands.remove(brandId);
            return;
        }
        matcher.upsert(brandId, BrandQuery.parse(definition.query()));
        brands.put(brandId, definition);
    }

    /** The brands a mention names. */
    public List<BrandMatch> match(MentionDocument mention) {
        return matcher.match(mention);
    }

    /** A brand's definition, if it is watched. */
    public Optional<BrandDefinition> brand(String brandId) {
        return Optional.ofNullable(brands.get(brandId));
    }

    /** How many brands are watched. */
    public int size() {
        return brands.size();
    }

    @Override
    public void close() throws Exception {
        matcher.close();
    }
}
