package org.carepathway.examples.cli;

import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of a command that runs over a batch of pathways: {@code validate} and {@code report}. */
final class BatchOptions {
    /** When to draw the progress line on standard error. */
    enum ProgressMode { AUTO, ALWAYS, NEVER }

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = Converters.RfcInstant.class,
            description = "Validate as of this RFC 3339 instant with an offset, such as 2026-03-31T12:00:00Z"
                    + " (default: now).")
    Instant asOf;

    @Option(names = "--progress", paramLabel = "auto|always|never", converter = Converters.ProgressModeName.class,
            description = "A progress line on stderr: auto (default) when stderr is a terminal, always, or never.")
    ProgressMode progress = ProgressMode.AUTO;

    @Option(names = "--workers", paramLabel = "N",
            description = "Validate on N threads (default: the number of processors).")
    Integer workers;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A .json or .ndjson file, a directory, or -.")
    List<String> paths;

    /** The as-of instant: {@code --as-of}, else now by the command line's clock. */
    Instant asOf(PathwayCli cli) {
        return asOf != null ? asOf : cli.clock.instant();
    }

    /**
     * The number of worker threads.
     *
     * @throws UsageException when {@code --workers} is below 1
     */
    int workers() {
        if (workers == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (workers < 1) {
            throw new UsageException("--workers must be at least 1; was " + workers);
        }
        return workers;
    }

    /** The progress line these options ask for, over these inputs. */
    Progress progress(PathwayCli cli, Inputs inputs) {
        boolean draw = switch (progress) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> cli.stderrIsTerminal;
        };
        return draw ? new Progress(cli.stderr, inputs.totalBytes(), System::nanoTime) : Progress.none();
    }
}
