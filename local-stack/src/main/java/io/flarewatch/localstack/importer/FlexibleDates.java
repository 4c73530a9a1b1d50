package io.flarewatch.localstack.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates monitoring tools write: ISO-8601 with or without a zone (with a {@code T} or a space), a bare
 * day, epoch seconds or milliseconds, RFC 1123 ({@code Tue, 3 Jun 2025 11:05:30 GMT}) and the Polish
 * {@code 20.11.2026 09:14}. Dates without a zone are in the zone given; ambiguous forms such as {@code 03/04/2026}
 * are refused rather than guessed.
 */
final class FlexibleDates {

    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final long MILLIS_FROM = 100_000_000_000L;
    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm[:ss]", Locale.ROOT));

    private final ZoneId zone;

    FlexibleDates(ZoneId zone) {
        this.zone = zone;
    }

    /** The instant {@code text} names, or empty when it is none of the forms read. */
    Optional<Instant> parse(String text) {
        String value = text.trim();
        if (EPOCH.matcher(value).matches()) {
            long number = Long.parseLong(value);
            return Optional.of(number >= MILLIS_FROM ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number));
        }
        Optional<Instant> zoned = zoned(value.replace(' ', 'T'));
        if (zoned.isPresent()) {
            return zoned;
        }
        try {
            return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            // not RFC 1123 either
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(
                        LocalDateTime.parse(value, format).atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> zoned(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(ZonedDateTime.parse(value).toInstant());
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
