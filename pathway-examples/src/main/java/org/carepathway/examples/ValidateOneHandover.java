package org.carepathway.examples;

import org.carepathway.model.Pathway;
import org.carepathway.rules.Alert;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;

/**
 * Validates one pathway with the built-in rules and prints its alerts: a care home resident sent to hospital with
 * an incomplete red bag and brought back without her medicines.
 *
 * <pre>{@code
 * ./mvnw -q -Dquick install -pl pathway-examples -am
 * java -cp pathway-examples/target/pathway.jar org.carepathway.examples.ValidateOneHandover
 * }</pre>
 */
public final class ValidateOneHandover {
    private ValidateOneHandover() {
    }

    /** Validates the red bag example as of {@link ExamplePathways#AS_OF}. */
    public static ValidationReport validate() {
        Pathway pathway = ExamplePathways.load(ExamplePathways.RED_BAG);
        PathwayValidator validator = PathwayValidator.builder().build(); // build once, share freely
        return validator.validate(pathway, ExamplePathways.AS_OF);
    }

    public static void main(String[] args) {
        ValidationReport report = validate();
        System.out.println("Pathway " + report.pathwayId() + " as of " + report.asOf() + ": "
                + report.alerts().size() + " alert(s)");
        for (Alert alert : report.alerts()) {
            System.out.println(alert.severity() + " " + alert.ruleId() + " (transfer " + alert.transferId()
                    + ", for " + alert.providerId() + "): " + alert.message());
            System.out.println("    evidence " + alert.evidence() + "; see " + alert.guidance());
        }
    }
}
