package io.flarewatch.api.service;

import java.time.Instant;

/**
 * One change of an alert, as {@code GET /alerts/stream} sends it: a detector event stored from Kafka or a
 * person's action. Dashboards fetch {@code GET /alerts/{alertId}} for the rest.
 *
 * @param alertId  the alert
 * @param brandId  its brand
 * @param kind     what happened: {@code opened}, {@code updated}, {@code resolved} (detector) or
 *                 {@code acknowledged}, {@code assigned}, {@code note}, {@code resolved_by_hand}, {@code reopened}
 * @param by       {@code detector} or the person's name
 * @param state    after a person's action the alert's state; for a detector event the state the event reports (an
 *                 alert resolved by hand stays resolved unless the detector escalates: see the alert's detail)
 * @param severity after a person's action the alert's severity; for a detector event the event's severity
 * @param at       when it happened
 */
public record AlertChange(
        String alertId, String brandId, String kind, String by, String state, String severity, Instant at) {}
