package io.flarewatch.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import java.io.IOException;

/** Reads the JSON kept in text columns back into JSON for the API. */
final class Json {

    private Json() {
    }

    static JsonNode parse(String stored) {
        if (stored == null) {
            return EventJson.mapper().nullNode();
        }
        try {
            return EventJson.mapper().readTree(stored);
        } catch (IOException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
