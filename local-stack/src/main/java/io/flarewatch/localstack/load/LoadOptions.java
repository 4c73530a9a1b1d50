package io.flarewatch.localstack.load;

import java.time.Duration;
import java.util.List;

/**
 * What {@code bin/flarewatch load} is asked to do.
 *
 * @param rate          mentions per second to send; 0 sends as fast as ingest takes them
 * @param duration      how long to send (ignored when {@code count} is set)
 * @param count         how many mentions to send; 0 means "for {@code duration}"
 * @param batchSize     mentions per NDJSON request
 * @param concurrency   requests in flight at once
 * @param brands        brands the mentions are spread over (created for the run, deleted after it)
 * @param authors       distinct authors
 * @param complaintShare share of ordinary mentions that are complaints
 * @param storms        complaint storms during the run, each on one brand
 * @param stormDuration how long one storm lasts
 * @param stormShare    share of all mentions that go to the storming brand during a storm
 * @param drain         how long to wait after sending for the last mentions to be stored
 * @param rawRecords    records of the plain Kafka round trip
 * @param keepBrands    leave the run's brands in place afterwards
 */
public record LoadOptions(
        double rate,
        Duration duration,
        long count,
        int batchSize,
        int concurrency,
        int brands,
        int authors,
        double complaintShare,
        int storms,
        Duration stormDuration,
        double stormShare,
        Duration drain,
        int rawRecords,
        boolean keepBrands) {

    /** The usage text. */
    public static final String USAGE = """
            Usage: bin/flarewatch load [--rate N|max] [--duration 60s | --count N] [--batch 50] [--concurrency 4]
                   [--brands 20] [--authors 5000] [--complaints 0.15] [--storms 0] [--storm-duration 45s]
                   [--storm-share 0.5] [--drain 180s] [--raw-records 50000] [--keep-brands]
            Drives the running local stack (same FLAREWATCH_* variables as 'up') and prints a summary whose last line is
            sent= stored= lost= duplicates= mentions_per_s= p50_stored_ms= p99_stored_ms= p99_alert_ms=
            kafka_raw_per_s= ratio=""";

    /** The defaults: 200 mentions/s for 60 s. */
    public static LoadOptions defaults() {
        return new Builder().build();
    }

    /** Parses {@code --name value} options over the defaults; fails naming a bad or unknown option. */
    public static LoadOptions parse(List<String> args) {
        Builder b = new Builder();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if ("--keep-brands".equals(name)) {
                b.keepBrands = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String v = args.get(++i);
            switch (name) {
                case "--rate" -> b.rate = "max".equals(v) ? 0 : Double.parseDouble(v);
                case "--duration" -> {
                    b.duration = duration(v);
                    b.count = 0;
                }
                case "--count" -> b.count = Long.parseLong(v);
                case "--batch" -> b.batchSize = Integer.parseInt(v);
                case "--concurrency" -> b.concurrency = Integer.parseInt(v);
                case "--brands" -> b.brands = Integer.parseInt(v);
                case "--authors" -> b.authors = Integer.parseInt(v);
                case "--complaints" -> b.complaintShare = Double.parseDouble(v);
                case "--storms" -> b.storms = Integer.parseInt(v);
                case "--storm-duration" -> b.stormDuration = duration(v);
                case "--storm-share" -> b.stormShare = Double.parseDouble(v);
                case "--drain" -> b.drain = duration(v);
                case "--raw-records" -> b.rawRecords = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        return b.build().validated();
    }

    /** The options being parsed, starting from the defaults. */
    private static final class Builder {
        double rate = 200;
        Duration duration = Duration.ofSeconds(60);
        long count;
        int batchSize = 50;
        int concurrency = 4;
        int brands = 20;
        int authors = 5000;
        double complaintShare = 0.15;
        int storms;
        Duration stormDuration = Duration.ofSeconds(45);
        double stormShare = 0.5;
        Duration drain = Duration.ofSeconds(180);
        int rawRecords = 50_000;
        boolean keepBrands;

        LoadOptions build() {
            return new LoadOptions(
                    rate,
                    duration,
                    count,
                    batchSize,
                    concurrency,
                    brands,
                    authors,
                    complaintShare,
                    storms,
                    stormDuration,
                    stormShare,
                    drain,
                    rawRecords,
                    keepBrands);
        }
    }

    private LoadOptions validated() {
        if (rate < 0 || batchSize < 1 || concurrency < 1 || brands < 1 || authors < 1 || count < 0 || rawRecords < 1) {
            throw new IllegalArgumentException("rate >= 0; batch, concurrency, brands, authors, raw-records >= 1");
        }
        if (complaintShare < 0 || complaintShare > 1 || stormShare < 0 || stormShare > 1) {
            throw new IllegalArgumentException("--complaints and --storm-share are shares between 0 and 1");
        }
        return this;
    }

    /** {@code 90s}, {@code 5m}, {@code 1h} or an ISO-8601 duration such as {@code PT90S}. */
    public static Duration duration(String value) {
        String v = value.trim().toLowerCase();
        if (v.startsWith("pt")) {
            return Duration.parse(value);
        }
        long amount = Long.parseLong(v.substring(0, v.length() - 1));
        return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("a duration looks like 90s, 5m or 1h: " + value);
        };
    }
}
