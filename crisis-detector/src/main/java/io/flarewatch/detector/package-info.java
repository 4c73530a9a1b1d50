/**
 * The crisis detector: a pure, deterministic function from a brand's buckets of mentions to alert decisions.
 *
 * <p><b>Expected count.</b> Each closed bucket teaches a recent overall level (an exponentially weighted mean with
 * a day's memory) and two profiles of the brand's rhythm, as ratios to that level: one per hour of the day and one
 * per hour of the week. The expected count is the level times the hour-of-week ratio, shrunk towards the
 * hour-of-day ratio, itself shrunk towards 1 (the overall level): a slot's own ratio weighs as much as its prior
 * after an hour of buckets in it, so a brand with two days of history already knows its mornings, and a quiet
 * hour of the week seen once barely moves the expectation. Counts are clipped at three deviations above the
 * expectation before they teach anything, so a past spike does not teach that spikes are normal.
 *
 * <p><b>Uncertainty: over-dispersion and what is not yet known.</b> Mention counts vary far more than a Poisson
 * process: the model is a Poisson count whose mean carries a multiplicative, log-normal error (a Poisson-log-normal,
 * over-dispersed like a negative binomial, whose tails suit mention spikes better). On the scale
 * {@code log(1 + count)} its variance is about {@code 1 / (1 + m)} (Poisson noise at the expected count m) plus the
 * brand's own over-dispersion (learned online from the clipped residuals of the last week, shrunk towards a wide
 * prior, a factor of two within one deviation, that weighs as much as six hours of the brand's buckets) plus what
 * is not yet known of the hour's rhythm ({@code (ln 3)^2} for an hour never seen, shrinking as its day and week
 * slots fill). A brand with little history therefore has a wide band, and volume alone does not alert inside it.
 *
 * <p><b>Two volume tests.</b> A burst: the bucket is {@code deviations} (4 for the balanced preset) above the
 * expectation. A sustained rise: a one-sided CUSUM of the standardised excesses (each clipped at four deviations,
 * less a drift of one deviation) reaches {@code deviations - 1}, the same total built up over several buckets;
 * this finds slow rises the burst test misses. In volume-only series, a crisis also needs a bucket above
 * {@code peakShare} times the median of the last fourteen days' daily peaks: a brand with a spike every evening
 * is not in a crisis at the next one.
 *
 * <p><b>Negativity, reach and authors.</b> With sentiment known, a crisis needs the negative share clearly above
 * the brand's usual one (its own share over its remembered mentions, shrunk towards 15% with the weight of twenty
 * mentions): above it by the preset's margin and by three binomial deviations. Volume and negativity are
 * independent evidence, so their Stouffer sum {@code (z_volume + z_negative) / sqrt 2} is what must reach
 * {@code deviations}, with the volume at least one deviation above its expectation and the preset's minimum
 * number of extra mentions. That is what lets a storm on a brand added today (a wide band, but 80% negative from
 * thirty people) alert within a minute, while ordinary chatter at ten times a thin history does not. At most
 * three mentions per author count ({@link io.flarewatch.detector.Bucket#MENTIONS_PER_AUTHOR}), so one account
 * posting fifty times is one voice. Reach (followers of the negative authors) raises the severity.
 *
 * <p><b>Learning.</b> A brand is "learning" ({@link io.flarewatch.detector.CrisisDetector#learning}) until a day
 * of buckets has shown it every hour of the day once. It is alerted on while learning, with the wide band above;
 * the weekly rhythm and the over-dispersion take a week more to settle.
 *
 * <p><b>Lifecycle.</b> The state remembers an open incident: the first crossing OPENs it, growth or escalation
 * UPDATEs it, and it is RESOLVED after the brand has been near its expected level for a calm period. Within a day
 * of an all clear, a new incident must be bigger than the last one's peak, or it is that story's after-shock.
 * A partial bucket (the one still filling) may open or update an incident early, when its count so far already
 * crosses the threshold of a whole bucket, and a closed bucket re-counted with late mentions may do the same
 * ({@link io.flarewatch.detector.CrisisDetector#onLateMentions}); neither changes the baseline, and neither opens
 * a second incident while one is open.
 */
package io.flarewatch.detector;
