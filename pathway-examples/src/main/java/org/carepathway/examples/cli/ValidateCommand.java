package org.carepathway.examples.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.carepathway.fhir.BundleReading;
import org.carepathway.model.InputError;
import org.carepathway.model.Pathway;
import org.carepathway.model.ReadResult;
import org.carepathway.rules.InvalidPathwayException;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleExecutionException;
import org.carepathway.rules.Severity;
import org.carepathway.rules.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code pathway validate [options] PATH...}: a result per input pathway, in input order, and a summary. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Validates pathways (JSON v1, or FHIR R4 Bundles) and reports a result per pathway, in input order.",
            "PATH is a .json file (one pathway), an .ndjson file (one pathway per line), a directory (every .json"
                    + " and .ndjson file below it, in lexicographic order, hidden files skipped) or - (standard"
                    + " input, NDJSON). A document whose resourceType is Bundle is read as FHIR; so is an .xml"
                    + " file named as a PATH."},
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

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = Converters.RfcInstant.class,
            description = "Validate as of this RFC 3339 instant with an offset, such as 2026-03-31T12:00:00Z"
                    + " (default: now).")
    Instant asOf;

    @Option(names = "--format", paramLabel = "text|json|ndjson|fhir", converter = Converters.ValidateFormatName.class,
            description = "text (default): a report per pathway; json: one document with results and summary;"
                    + " ndjson: a result per line, the summary on stderr; fhir: a FHIR Bundle (OperationOutcome and"
                    + " DetectedIssues) per line, the summary on stderr.")
    Format format = Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "CRITICAL|HIGH|MEDIUM|LOW", converter = Converters.SeverityName.class,
            description = "Exit with status 1 when some alert is at or above this severity.")
    Severity failOn;

    @Mixin
    ValidatorOptions validatorOptions;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "A .json, .ndjson or .xml (FHIR) file, a directory, or -.")
    List<String> paths;

    @Override
    public Integer call() {
        Instant at = asOf != null ? asOf : cli.clock.instant();
        PathwayValidator validator;
        Inputs inputs;
        try {
            inputs = Inputs.of(paths, cli.stdin);
            validator = validatorOptions.build();
        } catch (UsageException e) {
            cli.stderr.println("pathway validate: " + e.getMessage());
            return PathwayCli.EXIT_USAGE;
        }
        Summary summary = new Summary(at);
        Reports.Report report = Reports.create(format, cli.stdout, cli.stderr, at);
        inputs.forEach(document -> {
            Result result = evaluate(validator, document, at);
            summary.add(result);
            report.result(result);
        });
        report.end(summary);
        if (summary.rejected() > 0) {
            return PathwayCli.EXIT_REJECTED;
        }
        return failOn != null && summary.anyAtLeast(failOn) ? PathwayCli.EXIT_ALERTS : PathwayCli.EXIT_OK;
    }

    private static Result evaluate(PathwayValidator validator, Inputs.Document document, Instant asOf) {
        if (document.problem() != null) {
            return new Result(document.source(), null, List.of(),
                    List.of(new InputError("", document.problem())));
        }
        BundleReading reading = Documents.read(document.text());
        ReadResult read = reading.result();
        if (read instanceof ReadResult.Accepted accepted) {
            Pathway pathway = accepted.pathway();
            try {
                ValidationReport report = validator.validate(pathway, asOf);
                return new Result(document.source(), pathway.id(), report.alerts(), List.of(), reading.links());
            } catch (InvalidPathwayException e) {
                // the reader rejects these first; a rejected result all the same, never a crash
                return new Result(document.source(), pathway.id(), List.of(), e.errors());
            } catch (RuleExecutionException e) {
                // a custom rule that throws spoils this pathway's result only; the batch goes on
                return new Result(document.source(), pathway.id(), List.of(),
                        List.of(new InputError("", "not validated: " + e.getMessage())));
            }
        }
        return new Result(document.source(), read.pathwayId(), List.of(), read.errors());
    }
}
