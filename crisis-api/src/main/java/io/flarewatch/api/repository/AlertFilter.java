package io.flarewatch.api.repository;

import java.time.Instant;

/**
 * Which alerts to list; every field may be null (no filter).
 *
 * @param brandId      the brand
 * @param state        {@code OPENED}, {@code UPDATED} or {@code RESOLVED}
 * @param severity     {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param acknowledged true: acknowledged ones only; false: not acknowledged ones only
 * @param since        alerts still active at or after this instant (not resolved before it)
 * @param until        alerts opened before this instant
 * @param limit        at most this many
 */
public record AlertFilter(
        String brandId, String state, String severity, Boolean acknowledged, Instant since, Instant until, int limit) {}
