/**
 * Notifications of alerts, through an outbox in PostgreSQL.
 *
 * <p>{@link io.flarewatch.api.notify.OutboxRepository#enqueue} writes one row per channel target in the transaction that stores
 * a new alert event (unique by event id, channel and target, so a Kafka redelivery writes nothing).
 * {@link io.flarewatch.api.notify.NotificationDispatcher} claims due rows ({@code FOR UPDATE SKIP LOCKED}, marking them
 * {@code sending} with the claim time before sending), sends each with its channel's sender, records every attempt and
 * either marks the row sent or reschedules it with exponential backoff until the last attempt. A row left in
 * {@code sending} by a crash is sent again after the claim timeout, with the same delivery id: at-least-once, with a
 * key receivers can deduplicate by. {@link io.flarewatch.api.notify.EscalationRepository} enqueues the chase of alerts
 * nobody acknowledged in time.
 */
package io.flarewatch.api.notify;
