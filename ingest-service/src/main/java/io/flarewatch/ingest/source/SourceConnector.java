package io.flarewatch.ingest.source;

/** A running connector of one source; closing it stops its loop after the read in progress. */
public interface SourceConnector extends AutoCloseable {

    /** Starts reading in the background. */
    void start();

    /** Stops reading; returns once no read of this connector is in progress any more. */
    @Override
    void close();
}
