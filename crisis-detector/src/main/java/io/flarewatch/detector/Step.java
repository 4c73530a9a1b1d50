package io.flarewatch.detector;

import java.util.Optional;

/**
 * The detector's answer to one bucket: its next state, and a decision when the incident changed.
 *
 * @param state    the state to keep for the next bucket
 * @param decision the change of the incident, if any
 */
public record Step(DetectorState state, Optional<AlertDecision> decision) {}
