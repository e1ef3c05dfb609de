package org.carepathway.rules;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A gap in a patient's pathway found by a rule (SPEC section 2). Subject ids that do not apply are null.
 *
 * <p>Identity is (ruleId, pathway id, transferId, carePlanId, concernId): one report never holds two alerts with
 * the same identity. Rely on {@code ruleId} and the ids, never on message text.
 *
 * @param ruleId the stable id of the rule that raised it
 * @param severity how urgent
 * @param category area of care
 * @param title plain-English title of the rule
 * @param message what was found, naming the facts involved
 * @param guidance the source the rule rests on
 * @param transferId the transfer concerned, or null
 * @param carePlanId the care plan concerned, or null
 * @param concernId the safeguarding concern concerned, or null
 * @param providerId the provider expected to act, or null
 * @param evidence supporting facts, keys sorted; {@code missing} lists missing things in the order the rule
 *     names them
 */
public record Alert(
        String ruleId,
        Severity severity,
        Category category,
        String title,
        String message,
        String guidance,
        String transferId,
        String carePlanId,
        String concernId,
        String providerId,
        Map<String, Object> evidence) {

    public Alert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(guidance, "guidance");
        // sorted, so that output is the same from run to run
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(evidence));
    }
}
