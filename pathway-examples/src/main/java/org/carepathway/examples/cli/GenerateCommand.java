package org.carepathway.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pathway generate --count N [--seed S] [--malformed-every K]}: synthetic pathways as NDJSON on stdout, to
 * reproduce the scale figures of the README or to try the gap report without real patients' records.
 */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes synthetic pathways of a made-up care system as NDJSON on stdout: care home residents sent to"
                    + " hospital and back, mental health discharges, discharges home with long-term needs,"
                    + " supported-accommodation placements and safeguarding concerns, with gaps that trigger every"
                    + " built-in rule. The same seed gives the same lines. Validate them --as-of "
                    + "2026-03-31T12:00:00Z."},
        exitCodeOnInvalidInput = PathwayCli.EXIT_USAGE,
        exitCodeOnExecutionException = PathwayCli.EXIT_SOFTWARE)
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    PathwayCli cli;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many lines to write.")
    long count;

    @Option(names = "--seed", paramLabel = "S", description = "The seed (default: 1).")
    long seed = 1;

    @Option(names = "--malformed-every", paramLabel = "K",
            description = "Make every K-th line malformed (cut short, a bad date, an unknown provider type, in turn);"
                    + " 0 (default) for none.")
    int malformedEvery;

    @Override
    public Integer call() {
        if (count < 0 || malformedEvery < 0) {
            cli.stderr.println("pathway generate: --count and --malformed-every must not be negative; were "
                    + count + " and " + malformedEvery);
            return PathwayCli.EXIT_USAGE;
        }
        new SyntheticPathways(seed, malformedEvery).writeNdjson(cli.stdout, count);
        return PathwayCli.EXIT_OK;
    }
}
