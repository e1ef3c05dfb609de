package org.carepathway.examples.cli;

import org.carepathway.fhir.BundleReading;
import org.carepathway.fhir.FhirPathways;
import org.carepathway.fhir.ResourceLinks;
import org.carepathway.model.PathwayJson;

/**
 * The one place that turns a document's text into a read result: a FHIR R4 Bundle (JSON whose resourceType is
 * Bundle, or XML) is read by pathway-fhir, anything else as Pathway JSON v1. Thread-safe.
 */
final class Documents {
    private Documents() {
    }

    /** Built on first use only: a FHIR context takes about a second, which a run without FHIR never pays. */
    private static final class Fhir {
        static final FhirPathways PATHWAYS = FhirPathways.create();
    }

    static BundleReading read(String text) {
        if (FhirPathways.isFhirDocument(text)) {
            return fhir().read(text);
        }
        return new BundleReading(PathwayJson.read(text), ResourceLinks.none());
    }

    static FhirPathways fhir() {
        return Fhir.PATHWAYS;
    }
}
