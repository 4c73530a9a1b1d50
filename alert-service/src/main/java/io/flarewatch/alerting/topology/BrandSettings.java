package io.flarewatch.alerting.topology;

import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.DetectorSettings;
import io.flarewatch.detector.MuteHours;
import io.flarewatch.detector.Sensitivity;
import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.EventJson;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/** Gives each brand a detector with its own sensitivity preset and mute hours, as configured in crisis-api. */
final class BrandSettings {

    private static final Logger LOG = Logger.getLogger(BrandSettings.class);

    private final DetectorSettings defaults;
    private final Map<DetectorSettings, CrisisDetector> detectors = new ConcurrentHashMap<>();

    BrandSettings(DetectorSettings defaults) {
        this.defaults = defaults;
    }

    /** The detector for a brand whose definition (JSON from the {@code brands} topic) is {@code definition}, or the default one. */
    CrisisDetector detectorFor(String definition) {
        DetectorSettings settings = defaults;
        if (definition != null) {
            try {
                BrandDefinition brand = EventJson.mapper().readValue(definition, BrandDefinition.class);
                if (brand.sensitivity() != null) {
                    settings = settings.withSensitivity(
                            Sensitivity.valueOf(brand.sensitivity().toUpperCase(Locale.ROOT)));
                }
                settings = settings.withMuteHours(MuteHours.parse(brand.muteHours()));
            } catch (IOException | RuntimeException e) {
                LOG.warnf("brand settings cannot be read (%s); the defaults apply", e.getMessage());
            }
        }
        return detectors.computeIfAbsent(settings, CrisisDetector::new);
    }
}
