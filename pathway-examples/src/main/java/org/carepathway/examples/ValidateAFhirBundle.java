package org.carepathway.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.carepathway.fhir.BundleReading;
import org.carepathway.fhir.FhirPathways;
import org.carepathway.model.ReadResult;
import org.carepathway.rules.Alert;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;

/**
 * Reads a UK Core FHIR Bundle (a hospital discharge home, assembled from the NHS England examples), validates it
 * and prints the alerts, then the report as FHIR: an OperationOutcome and a DetectedIssue per alert.
 *
 * <pre>{@code
 * java -cp pathway-examples/target/pathway.jar org.carepathway.examples.ValidateAFhirBundle
 * }</pre>
 */
public final class ValidateAFhirBundle {
    /** The example Bundle, under {@code src/main/resources}. */
    public static final String BUNDLE = "examples/fhir/uk-core-inpatient-discharge.bundle.xml";

    private ValidateAFhirBundle() {
    }

    /** The Bundle's pathway validated as of {@link ExamplePathways#AS_OF}, and where it came from. */
    public static Validated validate(FhirPathways fhir) {
        BundleReading reading = fhir.read(bundleText());
        if (!(reading.result() instanceof ReadResult.Accepted accepted)) {
            throw new IllegalStateException("the example Bundle is rejected: " + reading.result().errors());
        }
        PathwayValidator validator = PathwayValidator.builder().build();
        return new Validated(validator.validate(accepted.pathway(), ExamplePathways.AS_OF), reading);
    }

    /**
     * A report and the reading it came from.
     *
     * @param report the alerts
     * @param reading the pathway and its links into the Bundle
     */
    public record Validated(ValidationReport report, BundleReading reading) {
    }

    public static void main(String[] args) {
        print(FhirPathways.create(), System.out); // FhirPathways holds a FhirContext: create once, share
    }

    /** Prints a line per alert, then the report as one line of FHIR JSON. */
    static void print(FhirPathways fhir, PrintStream out) {
        Validated validated = validate(fhir);
        for (Alert alert : validated.report().alerts()) {
            out.println(alert.severity() + " " + alert.ruleId() + ": " + alert.message());
        }
        out.println(fhir.toJson(fhir.report(validated.report(), validated.reading().links())));
    }

    private static String bundleText() {
        try (InputStream in = ValidateAFhirBundle.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
