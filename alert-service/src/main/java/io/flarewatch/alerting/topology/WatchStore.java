package io.flarewatch.alerting.topology;

import io.flarewatch.alerting.model.BrandWatch;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The brand watches of one stream task: the state store (whose changelog makes them survive a crash), with the
 * brands written last also kept as objects. Reading a watch back from the store parses its whole JSON, which was
 * most of alert-service's CPU under load (a brand's watch holds per-author counts of every bucket within the
 * allowed lateness); the processor is the store's only writer, so the object it wrote last is what the store holds.
 */
final class WatchStore {

    /** Brands kept as objects; the others are read from the store (a watch can be large: bounded memory). */
    static final int OBJECTS_KEPT = 256;

    private final KeyValueStore<String, BrandWatch> store;
    /** Every brand in the store: the tick visits them all, and reading the store's values would parse them all. */
    private final Set<String> brandIds = new LinkedHashSet<>();

    private final Map<String, BrandWatch> written = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BrandWatch> eldest) {
            return size() > OBJECTS_KEPT;
        }
    };

    WatchStore(KeyValueStore<String, BrandWatch> store) {
        this.store = store;
        try (KeyValueIterator<String, BrandWatch> all = store.all()) {
            all.forEachRemaining(entry -> brandIds.add(entry.key));
        }
    }

    /** The brand's watch, or null for a brand not seen yet. */
    BrandWatch get(String brandId) {
        BrandWatch watch = written.get(brandId);
        if (watch == null) {
            watch = store.get(brandId);
            if (watch != null) {
                written.put(brandId, watch);
            }
        }
        return watch;
    }

    /** Stores the brand's watch (and its changelog record). */
    void put(String brandId, BrandWatch watch) {
        store.put(brandId, watch);
        written.put(brandId, watch);
        brandIds.add(brandId);
    }

    /** Every brand's watch, as {@link #get} reads it (the brands kept as objects are not parsed again). */
    KeyValueIterator<String, BrandWatch> all() {
        Iterator<String> ids = List.copyOf(brandIds).iterator();
        return new KeyValueIterator<>() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public KeyValue<String, BrandWatch> next() {
                String id = ids.next();
                return KeyValue.pair(id, get(id));
            }

            @Override
            public String peekNextKey() {
                throw new UnsupportedOperationException("not needed by the processor");
            }

            @Override
            public void close() {}
        };
    }
}
