package org.carepathway.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.carepathway.fhir.FhirPathways;
import org.carepathway.rules.ValidationReport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code --format fhir}: one FHIR Bundle per result on a line of stdout (FHIR NDJSON, as bulk data writes it), in
 * input order, each a collection of an OperationOutcome (naming the input in an extension) and a DetectedIssue per
 * alert; the summary, one JSON line, on stderr as for ndjson.
 */
final class FhirReport implements Reports.Report {
    private final PrintWriter out;
    private final Instant asOf;
    private final Reports.Ndjson summaryLine;

    FhirReport(PrintStream stdout, PrintStream stderr, Instant asOf) {
        this.out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false); // UTF-8 always
        this.asOf = asOf;
        this.summaryLine = new Reports.Ndjson(stdout, stderr);
    }

    @Override
    public void result(Result result) {
        FhirPathways fhir = Documents.fhir();
        Bundle bundle = result.rejected()
                ? fhir.rejection(result.pathwayId(), result.errors())
                : fhir.report(new ValidationReport(result.pathwayId(), asOf, result.alerts()), result.links());
        ((OperationOutcome) bundle.getEntryFirstRep().getResource())
                .addExtension(FhirPathways.INPUT_SOURCE_EXTENSION, new StringType(result.source()));
        out.print(fhir.toJson(bundle));
        out.print('\n');
        out.flush();
    }

    @Override
    public void end(Summary summary, Throughput throughput) {
        summaryLine.end(summary, throughput);
    }
}
