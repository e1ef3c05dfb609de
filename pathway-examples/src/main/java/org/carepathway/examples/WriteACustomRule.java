package org.carepathway.examples;

import org.carepathway.model.Pathway;
import org.carepathway.rules.Alert;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleDescriptor;
import org.carepathway.rules.ValidationReport;

/**
 * Adds a local rule, written in DRL against the same model as the built-in rules, and validates a pathway with
 * it. The rule is {@code src/main/resources/examples/rules/local-policy.drl}: LOCAL-001 raises an alert when a
 * patient who lacks capacity is discharged from hospital to their own home with no CARE_AND_SUPPORT plan.
 *
 * <p>A rule declares its catalogue entry in annotations ({@code @id}, {@code @severity}, {@code @category},
 * {@code @title}, {@code @guidance}) and raises an alert by inserting a {@code Finding}:
 *
 * <pre>{@code
 * then
 *     insert(Finding.of(kcontext).about($h.transfer()).provider($h.from().id()).message("..."));
 * }</pre>
 */
public final class WriteACustomRule {
    private WriteACustomRule() {
    }

    /** A validator with the built-in rules and the local policy. Compiles the DRL, so build it once. */
    public static PathwayValidator validator() {
        return PathwayValidator.builder()
                .addRulesFromClasspath(ExamplePathways.LOCAL_POLICY_RULES) // or .addRules(Path.of("local-policy.drl"))
                .build();
    }

    /** Validates the lacking-capacity example with the local policy, as of {@link ExamplePathways#AS_OF}. */
    public static ValidationReport validate() {
        Pathway pathway = ExamplePathways.load(ExamplePathways.LACKING_CAPACITY_DISCHARGED_HOME);
        return validator().validate(pathway, ExamplePathways.AS_OF);
    }

    public static void main(String[] args) {
        PathwayValidator validator = validator();
        for (RuleDescriptor rule : validator.catalogue()) {
            if (!rule.builtIn()) {
                System.out.println("custom rule " + rule.id() + " " + rule.severity() + " " + rule.category() + ": "
                        + rule.title());
            }
        }
        Pathway pathway = ExamplePathways.load(ExamplePathways.LACKING_CAPACITY_DISCHARGED_HOME);
        ValidationReport report = validator.validate(pathway, ExamplePathways.AS_OF);
        System.out.println("Pathway " + report.pathwayId() + " as of " + report.asOf() + ": "
                + report.alerts().size() + " alert(s)");
        for (Alert alert : report.alerts()) {
            System.out.println(alert.severity() + " " + alert.ruleId() + " (transfer " + alert.transferId()
                    + ", for " + alert.providerId() + "): " + alert.message());
        }
    }
}
