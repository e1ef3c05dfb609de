package org.carepathway.examples.cli;

import java.util.List;
import org.carepathway.fhir.ResourceLinks;
import org.carepathway.model.InputError;
import org.carepathway.rules.Alert;

/**
 * The outcome for one input pathway (SPEC section 4).
 *
 * @param source where it came from: the path as given, {@code :LINE} for NDJSON lines, {@code -:LINE} for stdin
 * @param pathwayId the pathway id, or null when it could not be read
 * @param alerts the alerts, in report order; empty when rejected
 * @param errors the input errors; empty when validated
 * @param links where a pathway read from a FHIR Bundle came from, for {@code --format fhir}; none otherwise
 */
record Result(String source, String pathwayId, List<Alert> alerts, List<InputError> errors, ResourceLinks links) {
    Result {
        alerts = List.copyOf(alerts);
        errors = List.copyOf(errors);
    }

    Result(String source, String pathwayId, List<Alert> alerts, List<InputError> errors) {
        this(source, pathwayId, alerts, errors, ResourceLinks.none());
    }

    boolean rejected() {
        return !errors.isEmpty();
    }
}
