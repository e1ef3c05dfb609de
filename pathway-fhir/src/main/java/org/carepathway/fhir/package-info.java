/**
 * FHIR R4 (UK Core) for carepathway: {@link org.carepathway.fhir.FhirPathways} reads a Bundle as a pathway and
 * writes a validation report as an OperationOutcome and DetectedIssue resources. The mapping is documented in the
 * module README.
 */
package org.carepathway.fhir;
