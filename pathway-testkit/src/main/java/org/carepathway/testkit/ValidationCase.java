package org.carepathway.testkit;

import java.time.Instant;
import java.util.Objects;
import org.carepathway.model.Pathway;

/**
 * A pathway and the instant to validate it as of: what {@link PathwayArbitraries#validationCases()} generates, since
 * the times in a generated pathway cluster around the windows that close near that instant.
 *
 * @param pathway a valid pathway
 * @param asOf the as-of instant
 */
public record ValidationCase(Pathway pathway, Instant asOf) {
    /** Checks both are given. */
    public ValidationCase {
        Objects.requireNonNull(pathway, "pathway");
        Objects.requireNonNull(asOf, "asOf");
    }
}
