package org.carepathway.testkit;

import java.util.Objects;
import java.util.StringJoiner;
import org.carepathway.rules.Alert;

/**
 * What makes an alert the alert it is within one pathway's report (SPEC section 2): the rule id and the subject ids
 * that apply. Build one with {@code alert("HO-003").forTransfer("t1").forPlan("cp1")}.
 *
 * @param ruleId the rule id, such as {@code HO-001}
 * @param transferId the transfer concerned, or null
 * @param carePlanId the care plan concerned, or null
 * @param concernId the safeguarding concern concerned, or null
 */
public record AlertIdentity(String ruleId, String transferId, String carePlanId, String concernId) {
    /** Checks the rule id is given. */
    public AlertIdentity {
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** An alert of this rule with no subject ids; add them with {@link #forTransfer}, {@link #forPlan}, {@link #forConcern}. */
    public static AlertIdentity alert(String ruleId) {
        return new AlertIdentity(ruleId, null, null, null);
    }

    /** The identity of a raised alert. */
    public static AlertIdentity of(Alert alert) {
        return new AlertIdentity(alert.ruleId(), alert.transferId(), alert.carePlanId(), alert.concernId());
    }

    /** This identity about that transfer. */
    public AlertIdentity forTransfer(String id) {
        return new AlertIdentity(ruleId, id, carePlanId, concernId);
    }

    /** This identity about that care plan. */
    public AlertIdentity forPlan(String id) {
        return new AlertIdentity(ruleId, transferId, id, concernId);
    }

    /** This identity about that safeguarding concern. */
    public AlertIdentity forConcern(String id) {
        return new AlertIdentity(ruleId, transferId, carePlanId, id);
    }

    /** As in failure messages: {@code HO-003 transfer=t1 plan=cp1}. */
    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(" ");
        text.add(ruleId);
        if (transferId != null) {
            text.add("transfer=" + transferId);
        }
        if (carePlanId != null) {
            text.add("plan=" + carePlanId);
        }
        if (concernId != null) {
            text.add("concern=" + concernId);
        }
        return text.toString();
    }
}
