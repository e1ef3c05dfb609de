package org.carepathway.testkit;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.carepathway.model.Pathway;
import org.carepathway.testkit.internal.PathwayGenerator;

/**
 * jqwik arbitraries for valid pathways, for users' own properties:
 *
 * <pre>{@code
 * @Property
 * void my_rule_never_fires_twice_for_one_transfer(@ForAll("cases") ValidationCase c) { ... }
 *
 * @Provide
 * Arbitrary<ValidationCase> cases() {
 *     return PathwayArbitraries.validationCases();
 * }
 * }</pre>
 *
 * <p>Every generated pathway is valid (the JSON reader accepts its written form and the validator never throws
 * {@code InvalidPathwayException}). Every provider type, transfer kind, handover item, plan type, status and section,
 * need, consent value, contact kind, communication type and concern category and status appears. Times cluster where
 * rules change their minds: transfers, contacts, communications, plan starts and ends and concerns at
 * {@code asOf - window} and {@code t + window} for the 24, 48 and 72 hour windows, exactly and one second or one
 * nanosecond either side; as-of instants near UTC midnight (given with offsets from -12:00 to +14:00) and around
 * 29 February; birth dates near the 18th birthday at the transfer or concern, including 29 February births.
 *
 * <p>Values are drawn from a random source that jqwik seeds, so a failing run repeats with the seed jqwik
 * reports. Generated pathways are not shrunk.
 */
public final class PathwayArbitraries {
    private PathwayArbitraries() {
    }

    /** Valid pathways, each with an as-of instant near which its windows close. */
    public static Arbitrary<ValidationCase> validationCases() {
        return Arbitraries.randomValue(PathwayGenerator::validationCase);
    }

    /** Valid pathways (the as-of instants they were made around are dropped). */
    public static Arbitrary<Pathway> pathways() {
        return validationCases().map(ValidationCase::pathway);
    }

    /** As-of instants near UTC midnight, month ends and 29 February, as the generated pathways use them. */
    public static Arbitrary<Instant> asOfInstants() {
        return Arbitraries.of(PathwayGenerator.AS_OF_INSTANTS);
    }
}
