package io.flarewatch.ingest.service;

import io.flarewatch.events.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What a request's mentions came to so far, while its lines are still being read. */
final class IngestTally {

    private final Consumer<Mention> onAccepted;
    private final List<String> acceptedIds = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();
    private int duplicates;
    private boolean unavailable;

    /** A tally that tells {@code onAccepted} of each mention Kafka acknowledged. */
    IngestTally(Consumer<Mention> onAccepted) {
        this.onAccepted = onAccepted;
    }

    void accepted(Mention mention) {
        acceptedIds.add(mention.mentionId());
        onAccepted.accept(mention);
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
