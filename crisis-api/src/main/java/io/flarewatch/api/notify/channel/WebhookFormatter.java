package io.flarewatch.api.notify.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.api.notify.NotificationMessage;
import io.flarewatch.events.EventJson;

/**
 * The JSON body of a generic webhook: the delivery id (the same on every retry), what changed, the brand's name, the
 * console link, and the alert event itself as it is on the {@code crisis-alerts} topic.
 */
public final class WebhookFormatter {

    /** The raw body; its bytes are what the signature covers. */
    public String format(NotificationMessage message, long deliveryId) {
        ObjectNode root = EventJson.mapper().createObjectNode();
        root.put("deliveryId", String.valueOf(deliveryId));
        root.put("kind", message.kind().name());
        root.put("brandName", message.brandName());
        root.put("alertUrl", message.alertUrl());
        root.set("alert", EventJson.mapper().valueToTree(message.alert()));
        try {
            return EventJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body cannot be written", e);
        }
    }
}
