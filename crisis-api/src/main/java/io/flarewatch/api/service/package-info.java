/**
 * What the API does with brands, mentions and alerts. A brand is validated (slug id, a query that the
 * brand-matcher parses, languages, sensitivity, mute hours) and stored, and only after its transaction commits is
 * it published to the compacted {@code brands} topic. Mentions and alert events are stored idempotently: a
 * mention once per (brand, mention id), an alert event once per event id, the alert row upserted by alert id.
 * People's actions on an alert go through {@code AlertWorkflowService} (row lock, rules, an {@code alert_action}
 * row); every committed change, from Kafka or from a person, is announced through {@code AlertChangeAnnouncer} to
 * every replica, and each replica's {@code AlertChanges} broadcasts it to its subscribers of {@code GET /alerts/stream}.
 *
 * <p>Dependencies point one way: {@code rest} and {@code messaging} call the services, the services call the
 * repositories and {@code model}. A service refuses a request with a {@link io.flarewatch.api.service.DomainException}
 * (invalid, not found, exists, refused), which {@code rest} answers as a problem detail; it takes its own commands
 * ({@code BrandCommand}, {@code PreviewCommand}) and announces brand changes through {@code BrandChanges}, which the
 * Kafka adapter implements.
 */
package io.flarewatch.api.service;
