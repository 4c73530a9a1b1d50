package io.flarewatch.detector;

/**
 * How one bucket compares with what was expected.
 *
 * @param expected       mentions expected
 * @param effective      mentions that count: at most {@link Bucket#MENTIONS_PER_AUTHOR} per distinct author
 * @param surprise       deviations above the expected count (log scale, with what is not yet known)
 * @param cusum          the CUSUM of standardised excess counts after this bucket
 * @param share          the negative share (0 when unknown)
 * @param usualShare     the brand's usual negative share
 * @param crisis         volume and negativity are both well above usual
 * @param nearExpected   the brand is back near its usual level
 * @param severity       how bad, if it is a crisis
 */
record Assessment(
        double expected,
        double effective,
        double surprise,
        double cusum,
        double share,
        double usualShare,
        boolean crisis,
        boolean nearExpected,
        Severity severity) {}
