package org.carepathway.benchmarks;

import java.util.function.Supplier;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;

/**
 * What a fresh JVM does before its first report, run as a child process by the quick profile: build a validator
 * one way, validate one realistic pathway, print the report's size. Prints {@code built NANOS} (the time
 * {@code build()} took) and then {@code report ALERTS}; the parent times the process from launch to that line.
 */
public final class ColdStart {
    /** The ways to build a validator, by the name the child is given. */
    enum Kind {
        PRECOMPILED(Validators::precompiled),
        RUNTIME_DRL(Validators::runtimeDrl),
        CUSTOM_1000(() -> Validators.withCustomRules(1000));

        final Supplier<PathwayValidator> build;

        Kind(Supplier<PathwayValidator> build) {
            this.build = build;
        }
    }

    private ColdStart() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ColdStart precompiled|runtime_drl|custom_1000");
            System.exit(2);
        }
        Kind kind = Kind.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        long start = System.nanoTime();
        PathwayValidator validator = kind.build.get();
        long built = System.nanoTime() - start;
        Pathway pathway = RealisticPathways.sample(1, 1).get(0);
        ValidationReport report = validator.validate(pathway, RealisticPathways.AS_OF);
        System.out.println("built " + built);
        System.out.println("report " + report.alerts().size());
        System.out.flush();
    }
}
