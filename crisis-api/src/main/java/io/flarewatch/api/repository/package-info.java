/**
 * The queries behind the API: Panache repositories per aggregate for brands, mentions, alerts, their events and
 * people's actions; native SQL over the reactive pool where PostgreSQL does the work (the mention search with jsonb
 * category filter and keyset cursor, per-bucket counts with date_trunc, percentiles with percentile_cont, authors
 * and ambassadors).
 */
package io.flarewatch.api.repository;
