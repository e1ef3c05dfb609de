package org.carepathway.examples.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.carepathway.fhir.BundleReading;
import org.carepathway.model.InputError;
import org.carepathway.model.Pathway;
import org.carepathway.model.ReadResult;
import org.carepathway.rules.InvalidPathwayException;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.RuleExecutionException;
import org.carepathway.rules.ValidationReport;

/**
 * Runs a batch in bounded memory on every core: the calling thread reads the inputs and writes the outcomes, a
 * small pool of workers parses and validates, and at most {@link #window(int)} documents are in flight between
 * them. Outcomes are handed on in input order, however the workers finish; nothing is kept once handed on, so
 * memory depends on the window and the largest document, never on how many documents there are.
 */
final class Batch {
    /**
     * One document's outcome.
     *
     * @param result the result the output formats write
     * @param pathway the pathway read, or null when the document was rejected (the gap report reads its transfers)
     */
    record Outcome(Result result, Pathway pathway) {
    }

    private final PathwayValidator validator;
    private final Instant asOf;
    private final int workers;

    /**
     * @param validator the validator, shared by the workers (it is thread-safe)
     * @param asOf the instant every pathway is validated as of
     * @param workers how many threads validate
     */
    Batch(PathwayValidator validator, Instant asOf, int workers) {
        this.validator = validator;
        this.asOf = asOf;
        this.workers = workers;
    }

    /**
     * Documents in flight: enough to keep every worker busy while the reader waits for the oldest one, few enough
     * that memory does not depend on the input.
     */
    static int window(int workers) {
        return Math.max(16, 8 * workers);
    }

    /**
     * Reads every input, validates it on the workers, and hands each outcome to {@code sink} in input order on
     * the calling thread.
     *
     * @return how many outcomes were handed on, and in how long
     */
    Throughput run(Inputs inputs, Progress progress, Consumer<Outcome> sink) {
        long started = System.nanoTime();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "pathway-worker-" + threads.incrementAndGet());
            thread.setDaemon(true); // never keeps the JVM alive after a failure on the calling thread
            return thread;
        });
        ArrayDeque<Future<Outcome>> inFlight = new ArrayDeque<>();
        int window = window(workers);
        long[] delivered = {0};
        Consumer<Future<Outcome>> deliver = future -> {
            sink.accept(await(future));
            delivered[0]++;
            progress.update(delivered[0], inputs.bytesRead());
        };
        try {
            inputs.forEach(document -> {
                if (inFlight.size() >= window) {
                    deliver.accept(inFlight.removeFirst());
                }
                inFlight.addLast(pool.submit(() -> evaluate(document)));
            });
            while (!inFlight.isEmpty()) {
                deliver.accept(inFlight.removeFirst());
            }
        } finally {
            pool.shutdownNow();
        }
        progress.finish(delivered[0], inputs.bytesRead());
        return new Throughput(delivered[0], Duration.ofNanos(System.nanoTime() - started));
    }

    /** One document's outcome: its errors when it cannot be read or validated, else its alerts. */
    Outcome evaluate(Inputs.Document document) {
        if (document.problem() != null) {
            return rejected(document.source(), null, List.of(new InputError("", document.problem())));
        }
        BundleReading reading = Documents.read(document.text());
        ReadResult read = reading.result();
        if (read instanceof ReadResult.Accepted accepted) {
            Pathway pathway = accepted.pathway();
            try {
                ValidationReport report = validator.validate(pathway, asOf);
                return new Outcome(new Result(document.source(), pathway.id(), report.alerts(), List.of(),
                        reading.links()), pathway);
            } catch (InvalidPathwayException e) {
                // the reader rejects these first; a rejected result all the same, never a crash
                return rejected(document.source(), pathway.id(), e.errors());
            } catch (RuleExecutionException e) {
                // a custom rule that throws spoils this pathway's result only; the batch goes on
                return rejected(document.source(), pathway.id(),
                        List.of(new InputError("", "not validated: " + e.getMessage())));
            }
        }
        return rejected(document.source(), read.pathwayId(), read.errors());
    }

    private static Outcome rejected(String source, String pathwayId, List<InputError> errors) {
        return new Outcome(new Result(source, pathwayId, List.of(), errors), null);
    }

    /** The outcome of a worker; a bug of ours on a worker surfaces on the calling thread as it was thrown. */
    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a validation", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
