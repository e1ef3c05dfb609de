package org.carepathway.testkit.reference;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Category;
import org.carepathway.rules.Severity;

/**
 * An alert as the {@linkplain ReferenceRules reference reading} of SPEC section 3 raises it: the fields SPEC
 * defines (no title, message or guidance, which are prose and may improve).
 *
 * @param ruleId the catalogue id, such as {@code HO-001}
 * @param severity the catalogue severity
 * @param category the catalogue category
 * @param transferId the transfer concerned, or null
 * @param carePlanId the care plan concerned, or null
 * @param concernId the safeguarding concern concerned, or null
 * @param providerId the provider expected to act (SPEC section 2), or null
 * @param evidence {@code missing} for the rules that list missing things, else empty; keys sorted
 */
public record ReferenceAlert(String ruleId, Severity severity, Category category, String transferId,
        String carePlanId, String concernId, String providerId, Map<String, Object> evidence) {
    /** Checks the catalogue fields are given and sorts the evidence. */
    public ReferenceAlert {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(evidence));
    }

    /** The same fields read from an alert of the Drools rules, for comparison. */
    public static ReferenceAlert of(Alert alert) {
        return new ReferenceAlert(alert.ruleId(), alert.severity(), alert.category(), alert.transferId(),
                alert.carePlanId(), alert.concernId(), alert.providerId(), alert.evidence());
    }
}
