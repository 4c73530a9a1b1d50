/**
 * The figures behind the stats and author endpoints, as pure classes: time buckets with no gaps
 * ({@link io.flarewatch.api.stats.Buckets}) and the rule that says whether an author has an unresolved complaint
 * about a brand ({@link io.flarewatch.api.stats.ComplaintRule}). The database does the counting; these classes
 * decide what the numbers mean.
 */
package io.flarewatch.api.stats;
