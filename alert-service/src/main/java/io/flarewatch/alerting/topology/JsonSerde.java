package io.flarewatch.alerting.topology;

import io.flarewatch.events.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/** A serde writing a record as JSON in the wire format of the events module. */
final class JsonSerde {

    private JsonSerde() {}

    /** The serde of {@code type}. */
    static <T> Serde<T> of(Class<T> type) {
        Serializer<T> serializer = (topic, value) -> {
            try {
                return value == null ? null : EventJson.mapper().writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Deserializer<T> deserializer = (topic, bytes) -> {
            try {
                return bytes == null ? null : EventJson.mapper().readValue(bytes, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
