/**
 * What the API does with brands, mentions and alerts. A brand is validated (slug id, a query that the
 * brand-matcher parses, languages, sensitivity, mute hours) and stored, and only after its transaction commits is
 * it published to the compacted {@code brands} topic. Mentions and alert events are stored idempotently: a
 * mention once per (brand, mention id), an alert event once per event id, the alert row upserted by alert id.
 * People's actions on an alert go through {@code AlertWorkflowService} (row lock, rules, an {@code alert_action}
 * row); every committed change, from Kafka or from a person, is broadcast in-process by {@code AlertChanges} to the
 * subscribers of {@code GET /alerts/stream}.
 */
package io.flarewatch.api.service;
