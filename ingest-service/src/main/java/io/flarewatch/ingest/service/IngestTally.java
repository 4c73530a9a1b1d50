package io.flarewatch.ingest.service;

import java.util.ArrayList;
import java.util.List;

/** What a request's mentions came to so far, while its lines are still being read. */
final class IngestTally {

    private final List<String> acceptedIds = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private int duplicates;
    private boolean unavailable;

    void accepted(String mentionId) {
        acceptedIds.add(mentionId);
    }

    void duplicate() {
        duplicates++;
    }

    void error(FieldError error) {
        errors.add(error);
    }

    void unavailable() {
        unavailable = true;
    }

    IngestOutcome outcome() {
        return new IngestOutcome(
                acceptedIds.size(), duplicates, List.copyOf(errors), List.copyOf(acceptedIds), unavailable);
    }
}
