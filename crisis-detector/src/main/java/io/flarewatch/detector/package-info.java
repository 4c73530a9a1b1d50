/**
 * The crisis detector: a pure, deterministic function from a brand's buckets of mentions to alert decisions.
 *
 * <p><b>Expected level.</b> Each closed bucket updates two robust estimates of the brand's usual volume: a
 * recent level (an exponentially weighted mean) and a profile per hour of the week (the daily and weekly
 * rhythm). Before either is updated, the bucket's count is clipped to a few standard deviations above the
 * current expectation, so a past spike cannot teach the detector that spikes are normal. The expected volume
 * of a bucket blends the two once the hour of the week has been seen a few times.
 *
 * <p><b>Small counts.</b> Surprise is measured on a log scale, in units of the brand's own typical log-scale
 * distance between a bucket and its expectation (learned online, clipped like the level). On a log scale a
 * Poisson count of mean {@code m} wobbles with a variance of about {@code 1 / (1 + m)}, which dominates quiet
 * hours; that wobble is taken out of the learned spread at the bucket's own expected level, so a quiet brand
 * (3 mentions per bucket) is not deafened by its night-time noise. A bucket must also exceed the expectation
 * by three Poisson deviations and a minimum number of mentions, so 3 mentions becoming 9 at 4 a.m. is noise
 * while 40 becoming 400 at noon is not.
 *
 * <p><b>Usual peaks.</b> The state keeps the largest bucket of each of the last 14 days. A new incident needs
 * a bucket above one and a half times the median of those daily peaks: a brand whose every evening brings a
 * spike (a show, a daily deal) is not in a crisis at the next such spike, while the median keeps a crisis of
 * a few days from silencing the next two weeks.
 *
 * <p><b>A crisis</b> needs three things at once: volume above the expected level, a negative share well above
 * the brand's usual one (unless the series carries no sentiment, as in volume-only backtests), and enough
 * distinct authors: the volume that counts is capped at a few mentions per author, so a brigade of three
 * accounts weighs little. Reach (followers of the negative authors) raises the severity.
 *
 * <p><b>Lifecycle.</b> The state remembers an open incident: the first crossing OPENs it, growth or escalation
 * UPDATEs it, and it is RESOLVED after the brand has been near its expected level for a calm period. A
 * partial bucket (the one still filling) may open or update an incident early, when its count so far
 * already crosses the threshold of a whole bucket, but it never changes the baseline.
 */
package io.flarewatch.detector;
