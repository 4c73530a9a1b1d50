package io.flarewatch.detector.backtest;

import java.time.Instant;

/**
 * One bucket of a mention series.
 *
 * @param time     the bucket's start
 * @param mentions mentions in the bucket
 * @param negative negative mentions, or -1 when the series has no such column
 * @param reach    followers of the negative authors, 0 when the series has no such column
 */
public record SeriesPoint(Instant time, long mentions, long negative, long reach) {}
