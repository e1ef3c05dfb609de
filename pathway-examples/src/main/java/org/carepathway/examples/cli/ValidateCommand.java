package org.carepathway.examples.cli;

import java.util.concurrent.Callable;
import org.carepathway.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pathway validate [options] PATH...}: a result per input pathway, in input order, and a summary. Streams:
 * pathways are validated on every core while they are read, and each result is written as soon as the ones before
 * it are.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Validates pathways (JSON v1, or FHIR R4 Bundles) and reports a result per pathway, in input order.",
            "PATH is a .json file (one pathway), an .ndjson file (one pathway per line), a directory (every .json"
                    + " and .ndjson file below it, in lexicographic order, hidden files skipped) or - (standard"
                    + " input, NDJSON). A document with a top-level resourceType is read as FHIR (a Bundle); so is an .xml"
                    + " file named as a PATH.",
            "The summary, with the time taken and records/s, goes to stderr."},
        exitCodeOnInvalidInput = PathwayCli.EXIT_USAGE,
        exitCodeOnExecutionException = PathwayCli.EXIT_SOFTWARE,
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input validated, no alert at or above --fail-on",
            "1:some alert at or above --fail-on",
            "2:some input rejected (or not validated because a custom rule failed on it)",
            "64:usage error"})
final class ValidateCommand implements Callable<Integer> {
    /** Output formats of {@code validate}. */
    enum Format { TEXT, JSON, NDJSON, FHIR }

    @ParentCommand
    PathwayCli cli;

    @Option(names = "--format", paramLabel = "text|json|ndjson|fhir", converter = Converters.ValidateFormatName.class,
            description = "text (default): a report per pathway; json: one document with results and summary;"
                    + " ndjson: a result per line, the summary on stderr; fhir: a FHIR Bundle (OperationOutcome and"
                    + " DetectedIssues) per line, the summary on stderr.")
    Format format = Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "CRITICAL|HIGH|MEDIUM|LOW", converter = Converters.SeverityName.class,
            description = "Exit with status 1 when some alert is at or above this severity.")
    Severity failOn;

    @Mixin
    BatchOptions batchOptions;

    @Override
    public Integer call() {
        BatchOptions.Prepared batch;
        try {
            batch = batchOptions.prepare(cli);
        } catch (UsageException e) {
            return cli.usageError("validate", e);
        }
        Summary summary = new Summary(batch.asOf());
        Reports.Report report = Reports.create(format, cli.stdout, cli.stderr, batch.asOf());
        Throughput throughput = batch.run(outcome -> {
            summary.add(outcome.result());
            report.result(outcome.result());
        });
        report.end(summary, throughput);
        if (summary.rejected() > 0) {
            return PathwayCli.EXIT_REJECTED;
        }
        return failOn != null && summary.anyAtLeast(failOn) ? PathwayCli.EXIT_ALERTS : PathwayCli.EXIT_OK;
    }
}
