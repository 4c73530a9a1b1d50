package io.flarewatch.alerting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of alert-service ({@code flarewatch.alerts.*}). */
@ConfigMapping(prefix = "flarewatch.alerts")
public interface AlertsConfig {

    /** The length of one bucket of the live detector. */
    @WithDefault("PT1M")
    Duration bucket();

    /** How often quiet brands are checked, so that their buckets close and incidents resolve without new mentions. */
    @WithDefault("PT5S")
    Duration tick();

    /** How long a brand must be back near its expected level before its incident is resolved. */
    @WithDefault("PT1H")
    Duration calmToResolve();

    /**
     * How late (by its {@code publishedAt}, behind the brand's newest bucket) a mention may arrive and still count in
     * its own bucket, which is then re-assessed; later ones are counted in {@code mentions.late{counted=false}}.
     */
    @WithDefault("PT10M")
    Duration allowedLateness();

    /** How many posts an alert lists to answer first. */
    @WithDefault("5")
    int topMentions();

    /**
     * How long a story (and a mention id) counted for a brand is remembered: within it, another copy of the story adds
     * only its reach, and the same mention delivered again adds nothing.
     */
    @WithDefault("PT48H")
    Duration storyHorizon();
}
