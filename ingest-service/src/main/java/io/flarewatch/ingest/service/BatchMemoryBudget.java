package io.flarewatch.ingest.service;

/**
 * The bytes of request bodies being read at once, with a ceiling: a request reserves its declared size before its
 * body is read and gives it back when answered. Reservations are counted in kilobytes so that the total fits an
 * int-sized permit count however large the ceiling.
 */
public final class BatchMemoryBudget {

    private static final long KB = 1024;

    private final long capacityKb;
    private long reservedKb;

    /** A budget of {@code capacityBytes}. */
    public BatchMemoryBudget(long capacityBytes) {
        this.capacityKb = Math.max(1, capacityBytes / KB);
    }

    /** Reserves {@code bytes} if they fit in what is left; returns the reservation's size to release, or -1. */
    public synchronized long tryReserve(long bytes) {
        long kb = Math.max(1, (bytes + KB - 1) / KB);
        if (reservedKb + kb > capacityKb) {
            return -1;
        }
        reservedKb += kb;
        return kb;
    }

    /** Gives back a reservation made by {@link #tryReserve}. */
    public synchronized void release(long reservation) {
        reservedKb = Math.max(0, reservedKb - reservation);
    }

    /** Bytes reserved now. */
    public synchronized long reservedBytes() {
        return reservedKb * KB;
    }
}
