package io.flarewatch.detector.cli;

import io.flarewatch.detector.DetectorSettings;
import io.flarewatch.detector.MuteHours;
import io.flarewatch.detector.Sensitivity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of the detector commands: {@code --bucket 5m}, {@code --sensitivity}, {@code --mute}, {@code --calm 1h},
 * {@code --leave-one-out}, and positional paths.
 */
record DetectorOptions(
        Duration bucket,
        Sensitivity sensitivity,
        MuteHours muteHours,
        Duration calm,
        boolean leaveOneOut,
        List<String> paths) {

    static final Duration DEFAULT_BUCKET = Duration.ofMinutes(5);

    static DetectorOptions parse(String[] args) {
        Duration bucket = DEFAULT_BUCKET;
        Sensitivity sensitivity = Sensitivity.BALANCED;
        MuteHours mute = MuteHours.NONE;
        Duration calm = DetectorSettings.DEFAULT_CALM_TO_RESOLVE;
        boolean leaveOneOut = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bucket" -> bucket = duration(value(args, ++i, "--bucket"));
                case "--sensitivity" -> sensitivity = sensitivity(value(args, ++i, "--sensitivity"));
                case "--mute" -> mute = MuteHours.parse(value(args, ++i, "--mute"));
                case "--calm" -> calm = duration(value(args, ++i, "--calm"));
                case "--leave-one-out" -> leaveOneOut = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + args[i]);
                    }
                    paths.add(args[i]);
                }
            }
        }
        return new DetectorOptions(bucket, sensitivity, mute, calm, leaveOneOut, paths);
    }

    DetectorSettings settings() {
        return DetectorSettings.defaults(bucket)
                .withSensitivity(sensitivity)
                .withMuteHours(muteHours)
                .withCalmToResolve(calm);
    }

    /** Reads {@code 30s}, {@code 5m}, {@code 1h}. */
    static Duration duration(String text) {
        if (!text.matches("\\d+[smh]")) {
            throw new IllegalArgumentException("--bucket and --calm take a number and s, m or h, like 5m");
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static Sensitivity sensitivity(String text) {
        try {
            return Sensitivity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sensitivity takes fewer, balanced or more");
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }
}
