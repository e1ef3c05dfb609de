package org.carepathway.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.carepathway.model.Pathway;
import org.carepathway.model.PathwayJson;
import org.carepathway.model.ReadResult;

/**
 * The example pathways shipped under {@code src/main/resources/examples/}, read from the class path.
 * {@code examples/README.md} tells each one's story and lists the alerts it raises as of {@link #AS_OF}.
 */
public final class ExamplePathways {
    /** The instant the examples are meant to be validated as of: every window in them has closed by then. */
    public static final Instant AS_OF = Instant.parse("2026-03-31T12:00:00Z");

    /** A care home resident admitted with an incomplete red bag and discharged back without her medicines. */
    public static final String RED_BAG = "care-home-red-bag-admission-and-return.json";
    /** A discharge from a mental health hospital with no mental health care plan in force. */
    public static final String MENTAL_HEALTH_WITHOUT_PLAN = "mental-health-discharge-without-care-plan.json";
    /** A section 3 patient discharged before the section 117 aftercare plan was written. */
    public static final String SECTION_3_WITHOUT_AFTERCARE = "section-3-discharge-without-s117-aftercare.json";
    /** A patient at risk of suicide whose follow-up came late and whose care plan never reached the GP. */
    public static final String SUICIDE_RISK_LATE_FOLLOW_UP =
            "mental-health-discharge-at-risk-of-suicide-late-follow-up.json";
    /** A placement in supported accommodation under safeguarding concerns, with no registered personal care. */
    public static final String SUPPORTED_ACCOMMODATION_UNDER_CONCERNS =
            "supported-accommodation-placement-under-safeguarding-concerns.json";
    /** A well-documented pathway that raises no alert. */
    public static final String COMPLETE_HANDOVER = "complete-handover-no-alerts.json";
    /** A patient lacking capacity discharged home with no care and support plan (the local rule's case). */
    public static final String LACKING_CAPACITY_DISCHARGED_HOME =
            "discharge-home-lacking-capacity-without-care-and-support.json";

    /** Every example, in the order the README lists them. */
    public static final List<String> ALL = List.of(RED_BAG, MENTAL_HEALTH_WITHOUT_PLAN, SECTION_3_WITHOUT_AFTERCARE,
            SUICIDE_RISK_LATE_FOLLOW_UP, SUPPORTED_ACCOMMODATION_UNDER_CONCERNS, COMPLETE_HANDOVER,
            LACKING_CAPACITY_DISCHARGED_HOME);

    /** The class path resource of the local policy rule written in {@link WriteACustomRule}. */
    public static final String LOCAL_POLICY_RULES = "examples/rules/local-policy.drl";

    private ExamplePathways() {
    }

    /**
     * Reads one example pathway, such as {@link #RED_BAG}.
     *
     * @throws IllegalArgumentException when there is no such example
     * @throws IllegalStateException when the example is not valid Pathway JSON v1 (a bug in the example)
     */
    public static Pathway load(String name) {
        String resource = "examples/" + name;
        try (InputStream in = ExamplePathways.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no example '" + name + "' on the class path\nMaybe one of: "
                        + String.join(", ", ALL));
            }
            ReadResult result = PathwayJson.read(in);
            if (result instanceof ReadResult.Accepted accepted) {
                return accepted.pathway();
            }
            throw new IllegalStateException("example " + name + " is not valid Pathway JSON v1:\n"
                    + result.errors().stream().map(e -> e.pointer() + ": " + e.message())
                            .collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example " + name, e);
        }
    }
}
