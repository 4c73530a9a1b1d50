package io.flarewatch.localstack.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Flattens a JSON object into normalised column names: {@code {"author":{"name":"x"}}} gives {@code author.name}. */
final class JsonFields {

    private JsonFields() {}

    static Map<String, String> flatten(JsonNode object) {
        Map<String, String> values = new HashMap<>();
        flatten("", object, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode object, Map<String, String> values) {
        object.fields().forEachRemaining(field -> {
            String name = prefix + ColumnMapping.normalize(field.getKey());
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(name + ".", value, values);
            } else if (value.isValueNode() && !value.isNull()) {
                values.putIfAbsent(name, value.asText());
            }
        });
    }
}
