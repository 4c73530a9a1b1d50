package io.flarewatch.localstack.drill;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Waits for the stack to recover from a fault: first the faulted part back (a new healthy process, the broker up),
 * then every service healthy and the consumers caught up with the load that kept coming.
 */
final class Recovery {

    private static final long CHECK_MS = 500;
    private static final long PRINT_MS = 5_000;

    private final Fault fault;
    private final StackProbe probe;
    private final long caughtUpLag;
    private final PrintStream out;
    private double backSeconds = -1;
    private double recoveredSeconds = -1;

    Recovery(Fault fault, StackProbe probe, long caughtUpLag, PrintStream out) {
        this.fault = fault;
        this.probe = probe;
        this.caughtUpLag = caughtUpLag;
        this.out = out;
    }

    /** Checks twice a second until recovered or {@code timeout} after {@code faultMs}; returns this. */
    Recovery await(long faultMs, Duration timeout) throws Exception {
        long deadline = faultMs + timeout.toMillis();
        long nextPrint = faultMs + PRINT_MS;
        while (System.currentTimeMillis() < deadline) {
            long now = System.currentTimeMillis();
            if (backSeconds < 0 && fault.back()) {
                backSeconds = (now - faultMs) / 1e3;
                out.printf(Locale.ROOT, "  %s: back after %.1f s%n", fault.name(), backSeconds);
            }
            if (backSeconds >= 0) {
                if (probe.caughtUp(caughtUpLag)) {
                    recoveredSeconds = (System.currentTimeMillis() - faultMs) / 1e3;
                    out.printf(
                            Locale.ROOT,
                            "  %s: recovered after %.1f s (every service ready, %s)%n",
                            fault.name(),
                            recoveredSeconds,
                            probe.describeLag());
                    return this;
                }
            }
            if (now >= nextPrint) {
                out.printf(
                        Locale.ROOT,
                        "  %s: %.0f s after the fault, %s%n",
                        fault.name(),
                        (now - faultMs) / 1e3,
                        probe.describeLag());
                nextPrint += PRINT_MS;
            }
            Thread.sleep(CHECK_MS);
        }
        out.printf("  %s: NOT recovered within %d s%n", fault.name(), timeout.toSeconds());
        return this;
    }

    /** Seconds from the fault to the faulted part back; -1 if it never came back. */
    double backSeconds() {
        return backSeconds;
    }

    /** Seconds from the fault to the whole stack caught up; -1 if it never did. */
    double recoveredSeconds() {
        return recoveredSeconds;
    }
}
