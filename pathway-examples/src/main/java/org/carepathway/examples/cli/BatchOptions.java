package org.carepathway.examples.cli;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.carepathway.rules.PathwayValidator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of a command that runs over a batch of pathways, {@code validate} and {@code report}: the PATHs,
 * {@code --as-of}, {@code --progress}, {@code --workers} and the options that shape the validator.
 */
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

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "A .json, .ndjson or .xml (FHIR) file, a directory, or -.")
    List<String> paths;

    @Mixin
    ValidatorOptions validatorOptions;

    /**
     * A batch ready to run: the PATHs checked, the validator built.
     *
     * @param inputs the documents to read
     * @param validator the validator the batch runs
     * @param batch the batch over them
     * @param asOf the instant every pathway is validated as of
     * @param progress the progress line to draw while it runs
     */
    record Prepared(Inputs inputs, PathwayValidator validator, Batch batch, Instant asOf, Progress progress) {
        /** Runs the batch, handing each outcome to {@code sink} in input order. */
        Throughput run(Consumer<Batch.Outcome> sink) {
            return batch.run(inputs, progress, sink);
        }
    }

    /**
     * Checks every PATH and builds the validator, before anything is read.
     *
     * @throws UsageException for a PATH that cannot be read, a bad option value or custom rules that do not compile
     */
    Prepared prepare(PathwayCli cli) {
        Instant at = asOf != null ? asOf : cli.clock.instant();
        Inputs inputs = Inputs.of(paths, cli.stdin);
        PathwayValidator validator = validatorOptions.build();
        return new Prepared(inputs, validator, new Batch(validator, at, workers()), at, progress(cli, inputs));
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
    private Progress progress(PathwayCli cli, Inputs inputs) {
        boolean draw = switch (progress) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> cli.stderrIsTerminal;
        };
        return draw ? new Progress(cli.stderr, inputs.totalBytes(), System::nanoTime) : Progress.none();
    }
}
