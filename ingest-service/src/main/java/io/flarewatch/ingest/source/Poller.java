package io.flarewatch.ingest.source;

import java.util.List;

/** One polled source (a feed, a Mastodon timeline): what is new since a cursor, and the cursor after it. */
public interface Poller {

    /**
     * Reads what is new since {@code cursor} (null the first time); throws with a short reason when the source
     * could not be read, so the loop backs off and tries again with the same cursor.
     */
    Poll poll(String cursor) throws SourceException;

    /**
     * What one poll found.
     *
     * @param items  the new items, oldest first where the source says
     * @param cursor the resume point after them (the same as before when nothing changed)
     */
    record Poll(List<SourceItem> items, String cursor) {}
}
