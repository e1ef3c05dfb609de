package org.carepathway.fhir;

import java.util.Objects;
import org.carepathway.model.ReadResult;

/**
 * A Bundle read as a pathway: the same {@link ReadResult} the JSON reader gives (the pathway, or every input
 * error, each at a FHIRPath-like location such as {@code Bundle.entry[3].resource.period.end} in place of a JSON
 * Pointer), and the links from the pathway's ids back to the Bundle's resources.
 *
 * @param result the pathway, or every input error of the Bundle
 * @param links where the pathway's patient, providers, transfers and care plans came from; none when rejected
 */
public record BundleReading(ReadResult result, ResourceLinks links) {
    /** Checks both are given. */
    public BundleReading {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(links, "links");
    }
}
