/**
 * {@code bin/flarewatch load}: drives a running local stack and measures it end to end.
 *
 * <p>What each figure means. {@code sent} is what ingest-service acknowledged with 202. {@code stored} is the
 * number of distinct mention ids of the run (their source ids start with the run id) that crisis-api wrote to
 * PostgreSQL for the run's brands, counted there at the end; {@code lost} is the difference, {@code duplicates}
 * the rows beyond one per mention. Receipt to stored is the time a poll of the {@code mention} table (every
 * 250 ms, by ascending id, re-reading a window below the highest id since ids are taken before commit) first saw
 * a row, minus its {@code received_at}. Receipt to alert is the time a poll first saw an alert of a storming brand,
 * minus the moment the storm's first batch was made. {@code mentions_per_s} is stored mentions over the time from
 * the first send to the last row seen. The yardstick {@code kafka_raw_per_s} copies the run's own
 * {@code mentions-raw} records (same size, same compressibility) through a fresh topic with ingest-service's
 * producer settings, from the first send to the last record consumed, after the run so that the two do not compete.
 *
 * <p>Pure parts ({@link io.flarewatch.localstack.load.RatePacer}, {@link io.flarewatch.localstack.load.Percentiles},
 * {@link io.flarewatch.localstack.load.LoadSummary}) are unit-tested; the rest talks to the real stack.
 */
package io.flarewatch.localstack.load;
