package io.flarewatch.localstack.drill;

import io.flarewatch.localstack.load.LoadOptions;
import java.time.Duration;
import java.util.List;

/**
 * What {@code bin/flarewatch drill} is asked to do.
 *
 * @param rate            mentions per second of the load under which each fault happens
 * @param phase           how long the load of one fault lasts (a storm on one brand in its middle)
 * @param faultAt         when, into the phase, the fault is injected
 * @param brokerDown      how long the broker stays stopped
 * @param brands          brands of each phase (fresh ones per fault, so every fault's alerts are its own)
 * @param faults          the faults, in order: service names and {@code broker}
 * @param recoveryTimeout how long to wait for the stack to recover from one fault
 */
record DrillOptions(
        double rate,
        Duration phase,
        Duration faultAt,
        Duration brokerDown,
        int brands,
        List<String> faults,
        Duration recoveryTimeout) {

    static final List<String> ALL_FAULTS =
            List.of("ingest-service", "sentiment-service", "alert-service", "crisis-api", "broker");

    static final String USAGE = """
            Usage: bin/flarewatch drill [--rate 100] [--phase 60s] [--fault-at 15s] [--broker-down 10s]
                   [--brands 8] [--faults ingest-service,sentiment-service,alert-service,crisis-api,broker]
                   [--recovery-timeout 180s]
            Under a load on the running local stack (same FLAREWATCH_* variables as 'up'), kills each service with
            SIGKILL in turn and restarts the broker, and prints for each fault: mentions lost and stored twice
            (counted in PostgreSQL), seconds to recover, whether the phase's storm still raised its alert and
            whether a notification was repeated. Notifications go to a webhook on 127.0.0.1: start 'up' with
            FLAREWATCH_NOTIFY_ALLOW_PRIVATE_TARGETS=true for them to be checked.""";

    /** Parses {@code --name value} options over the defaults; fails naming a bad or unknown option. */
    static DrillOptions parse(List<String> args) {
        double rate = 100;
        Duration phase = Duration.ofSeconds(60);
        Duration faultAt = Duration.ofSeconds(15);
        Duration brokerDown = Duration.ofSeconds(10);
        int brands = 8;
        List<String> faults = ALL_FAULTS;
        Duration recoveryTimeout = Duration.ofSeconds(180);
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(args.get(i) + " needs a value");
            }
            String v = args.get(i + 1);
            switch (args.get(i)) {
                case "--rate" -> rate = Double.parseDouble(v);
                case "--phase" -> phase = LoadOptions.duration(v);
                case "--fault-at" -> faultAt = LoadOptions.duration(v);
                case "--broker-down" -> brokerDown = LoadOptions.duration(v);
                case "--brands" -> brands = Integer.parseInt(v);
                case "--faults" -> faults = List.of(v.split(","));
                case "--recovery-timeout" -> recoveryTimeout = LoadOptions.duration(v);
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        if (rate <= 0 || brands < 1 || faultAt.compareTo(phase) >= 0) {
            throw new IllegalArgumentException("rate > 0, brands >= 1 and --fault-at within --phase");
        }
        for (String fault : faults) {
            if (!ALL_FAULTS.contains(fault)) {
                throw new IllegalArgumentException("unknown fault " + fault + "; known: " + ALL_FAULTS);
            }
        }
        return new DrillOptions(rate, phase, faultAt, brokerDown, brands, faults, recoveryTimeout);
    }

    /** The load of one phase: the rate, the phase's length, one 20 s storm in its middle. */
    LoadOptions load() {
        return LoadOptions.parse(List.of(
                "--rate",
                String.valueOf(rate),
                "--duration",
                phase.toSeconds() + "s",
                "--brands",
                String.valueOf(brands),
                "--storms",
                "1",
                "--storm-duration",
                "20s"));
    }

    /** Lag (summed over the consumer groups) below which the stack counts as caught up: two seconds of load. */
    long caughtUpLag() {
        return Math.max(100, Math.round(rate * 2));
    }
}
