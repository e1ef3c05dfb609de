package org.carepathway.rules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Finding;
import org.carepathway.rules.RuleDescriptor;

/** Turns the findings of one session into the alerts of a report. */
final class Alerts {
    private Alerts() {
    }

    private record Identity(String ruleId, String transferId, String carePlanId, String concernId) {
    }

    /** Stable whatever the order rules fired in: identity order, then message and provider for duplicates. */
    private static final Comparator<Alert> STABLE = RuleBase.REPORT_ORDER
            .thenComparing(Alert::message)
            .thenComparing(Alert::providerId, Comparator.nullsFirst(Comparator.naturalOrder()));

    static List<Alert> fromFindings(List<Finding> findings, Map<String, RuleDescriptor> catalogue) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            RuleDescriptor rule = catalogue.get(finding.ruleId());
            if (rule == null) {
                throw new IllegalStateException("a finding names rule id '" + finding.ruleId()
                        + "', which is not in the catalogue");
            }
            alerts.add(new Alert(rule.id(), rule.severity(), rule.category(), rule.title(),
                    finding.message() == null ? rule.title() : finding.message(), rule.guidance(),
                    finding.transferId(), finding.carePlanId(), finding.concernId(), finding.providerId(),
                    finding.evidence()));
        }
        alerts.sort(STABLE);
        Set<Identity> seen = new HashSet<>();
        List<Alert> unique = new ArrayList<>(alerts.size());
        for (Alert alert : alerts) {
            if (seen.add(new Identity(alert.ruleId(), alert.transferId(), alert.carePlanId(), alert.concernId()))) {
                unique.add(alert);
            }
        }
        return List.copyOf(unique);
    }
}
