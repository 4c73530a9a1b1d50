package io.flarewatch.api.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;

/**
 * The one way JSON goes into and out of the jsonb columns, for the entities and for native SQL alike: the value is
 * written as JSON text, bound as a {@code text} parameter and parsed by PostgreSQL ({@link #WRITE}); it is read
 * back as text ({@code column::text}) and parsed here.
 *
 * <p>Why the parameter is text: bound straight to a jsonb parameter, the reactive PostgreSQL client encodes a Java
 * String as a JSON <em>string</em>, so the column would hold {@code "{\"label\":...}"} and no jsonb operator would
 * see inside it (migration V21 repairs the rows written that way).
 */
public final class JsonColumns {

    /** The write expression of a jsonb column for a JSON text parameter, as Hibernate's {@code ?} placeholder. */
    public static final String WRITE = "cast(cast(? as text) as jsonb)";

    private JsonColumns() {}

    /** The write expression of a jsonb column for the JSON text in native SQL parameter {@code $n}. */
    public static String param(int n) {
        return "cast($" + n + "::text as jsonb)";
    }

    /** The JSON text of a value, for a jsonb column. */
    public static String text(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON", e);
        }
    }

    /** The document a jsonb column held, as a tree; JSON null for SQL NULL. */
    public static JsonNode tree(String stored) {
        if (stored == null) {
            return EventJson.mapper().nullNode();
        }
        try {
            return EventJson.mapper().readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }

    /** The document a jsonb column held, as {@code type}; {@code whenNull} for SQL NULL. */
    public static <T> T read(String stored, TypeReference<T> type, T whenNull) {
        if (stored == null) {
            return whenNull;
        }
        try {
            return EventJson.mapper().readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
