package io.flarewatch.ingest.service;

import io.flarewatch.events.Mention;

/** Told of each mention POSTed over REST once Kafka has acknowledged it: the health of the {@code api:} sources. */
public interface AcceptedMentionListener {

    /** {@code mention} was written to {@code mentions-raw}. */
    void accepted(Mention mention);
}
