package org.carepathway.fhir.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.carepathway.fhir.ResourceLinks;
import org.carepathway.model.InputError;
import org.carepathway.rules.Alert;
import org.carepathway.rules.Severity;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Writes one pathway's result as a {@code collection} Bundle: first an OperationOutcome with one issue per input
 * error or alert (or one "no alerts" issue), then one DetectedIssue per alert that references the resources the
 * alert is about. Full URLs are name-based UUIDs of the alert identity, so the same result is always written the
 * same way.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * The result as a Bundle.
     *
     * @param pathwayId the pathway id, or null when it could not be read
     * @param asOf the instant validated as of, or null for a rejected pathway
     * @param alerts the alerts in report order
     * @param errors the input errors
     * @param links where the pathway's things came from
     * @return the Bundle
     */
    public static Bundle write(String pathwayId, Instant asOf, List<Alert> alerts, List<InputError> errors,
            ResourceLinks links) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        OperationOutcome outcome = new OperationOutcome();
        if (pathwayId != null) {
            outcome.addExtension(Vocabulary.EXT_PATHWAY_ID, new StringType(pathwayId));
        }
        bundle.addEntry().setFullUrl(urn("outcome", pathwayId, String.valueOf(asOf))).setResource(outcome);
        for (InputError error : errors) {
            OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                    .setCode(OperationOutcome.IssueType.INVALID)
                    .setDiagnostics(error.message());
            if (error.pointer().startsWith("Bundle")) {
                issue.addExpression(error.pointer());   // FHIRPath, for a Bundle that was read
            } else if (!error.pointer().isEmpty()) {
                issue.addLocation(error.pointer());     // a JSON Pointer into Pathway JSON
            }
        }
        for (Alert alert : alerts) {
            Coding rule = new Coding(Vocabulary.RULE, alert.ruleId(), alert.title());
            outcome.addIssue()
                    .setSeverity(issueSeverity(alert.severity()))
                    .setCode(OperationOutcome.IssueType.BUSINESSRULE)
                    .setDetails(new CodeableConcept(rule).setText(alert.title()))
                    .setDiagnostics(alert.message())
                    .addExtension(Vocabulary.EXT_ALERT_SEVERITY, new CodeType(alert.severity().name()));
            DetectedIssue issue = detectedIssue(pathwayId, asOf, alert, links, rule);
            bundle.addEntry().setFullUrl(urn("alert", identity(pathwayId, alert))).setResource(issue);
        }
        if (errors.isEmpty() && alerts.isEmpty()) {
            outcome.addIssue()
                    .setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                    .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                    .setDiagnostics("No alerts.");
        }
        return bundle;
    }

    /**
     * OperationOutcome has no "critical": CRITICAL and HIGH are errors (act on them), MEDIUM a warning, LOW
     * information. The exact severity travels in the alert-severity extension.
     */
    static OperationOutcome.IssueSeverity issueSeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> OperationOutcome.IssueSeverity.ERROR;
            case MEDIUM -> OperationOutcome.IssueSeverity.WARNING;
            case LOW -> OperationOutcome.IssueSeverity.INFORMATION;
        };
    }

    /** DetectedIssue.severity has three levels: CRITICAL and HIGH are high, MEDIUM moderate, LOW low. */
    static DetectedIssue.DetectedIssueSeverity detectedIssueSeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> DetectedIssue.DetectedIssueSeverity.HIGH;
            case MEDIUM -> DetectedIssue.DetectedIssueSeverity.MODERATE;
            case LOW -> DetectedIssue.DetectedIssueSeverity.LOW;
        };
    }

    private static DetectedIssue detectedIssue(String pathwayId, Instant asOf, Alert alert, ResourceLinks links,
            Coding rule) {
        DetectedIssue issue = new DetectedIssue()
                .setStatus(DetectedIssue.DetectedIssueStatus.FINAL)
                .setCode(new CodeableConcept(rule.copy()).setText(alert.title()))
                .setSeverity(detectedIssueSeverity(alert.severity()))
                .setDetail(alert.message());
        issue.addIdentifier(new Identifier().setSystem(Vocabulary.ID_ALERT).setValue(identity(pathwayId, alert)));
        issue.addExtension(Vocabulary.EXT_ALERT_SEVERITY, new CodeType(alert.severity().name()));
        issue.addExtension(Vocabulary.EXT_ALERT_GUIDANCE, new StringType(alert.guidance()));
        if (asOf != null) {
            issue.setIdentified(new DateTimeType(asOf.toString())); // RFC 3339 in UTC, as JSON v1 writes
        }
        if (links.patient() != null) {
            issue.setPatient(new Reference(links.patient()));
        }
        implicate(issue, "transfer", alert.transferId(), links.transfer(alert.transferId()));
        implicate(issue, "care-plan", alert.carePlanId(), links.carePlan(alert.carePlanId()));
        implicate(issue, "safeguarding-concern", alert.concernId(), links.concern(alert.concernId()));
        implicate(issue, "provider", alert.providerId(), links.provider(alert.providerId()));
        for (Map.Entry<String, Object> evidence : alert.evidence().entrySet()) {
            DetectedIssue.DetectedIssueEvidenceComponent component = issue.addEvidence();
            Object value = evidence.getValue();
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object item : values) {
                component.addCode(new CodeableConcept().setText(evidence.getKey() + ": " + item));
            }
        }
        return issue;
    }

    /**
     * The resource the alert is about: the link into the Bundle it was read from, or, for a pathway read from
     * JSON, a logical reference by the pathway's own id.
     */
    private static void implicate(DetectedIssue issue, String kind, String id, Optional<String> link) {
        if (id == null) {
            return;
        }
        Reference reference = link.map(ReportWriter::reference).orElseGet(() -> new Reference()
                .setIdentifier(new Identifier().setSystem(Vocabulary.ID_PATHWAY_PREFIX + kind).setValue(id)));
        issue.addImplicated(reference.setDisplay(kind.replace('-', ' ') + " " + id));
    }

    /**
     * A link as a reference: a literal one, except an organisation known only by its ODS code
     * ({@code Organization?identifier=system|value}), which becomes a logical reference by identifier, since a
     * conditional reference means something only inside a transaction.
     */
    private static Reference reference(String link) {
        int query = link.indexOf("?identifier=");
        int bar = link.lastIndexOf('|');
        if (query < 0 || bar < query) {
            return new Reference(link);
        }
        return new Reference().setType(link.substring(0, query)).setIdentifier(new Identifier()
                .setSystem(link.substring(query + "?identifier=".length(), bar)).setValue(link.substring(bar + 1)));
    }

    /**
     * The alert identity of SPEC section 2, as one string: pathway, rule, transfer, care plan, concern; an absent
     * part is empty (ids are never empty, so {@code p1|IS-001|||} cannot be mistaken for an id).
     */
    static String identity(String pathwayId, Alert alert) {
        return String.join("|", Objects.toString(pathwayId, ""), alert.ruleId(),
                Objects.toString(alert.transferId(), ""), Objects.toString(alert.carePlanId(), ""),
                Objects.toString(alert.concernId(), ""));
    }

    private static String urn(String... parts) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
    }
}
