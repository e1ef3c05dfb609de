package org.carepathway.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.testkit.reference.ReferenceRules;

/**
 * The throughput measurements of the quick profile, each in a fresh JVM started by {@link QuickProfile}: its
 * workloads {@link Interleaved interleaved}, one thread. Prints {@code rate NAME OPS_PER_SECOND} per workload and
 * {@code ratio NAME VALUE} per workload after the first (its rate over the first's, median of the rounds).
 *
 * <pre>{@code java -cp pathway-benchmarks.jar org.carepathway.benchmarks.Comparisons realistic 15000 20000 200}</pre>
 */
public final class Comparisons {
    private Comparisons() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: Comparisons realistic|runtime_drl|scaling|custom_1000|breakdown"
                    + " WARMUP_MS MEASURE_MS SLICE_MS");
            System.exit(2);
        }
        List<Interleaved.Workload> workloads = workloads(args[0]);
        Interleaved.Rates rates = Interleaved.run(workloads, Long.parseLong(args[1]), Long.parseLong(args[2]),
                Long.parseLong(args[3]));
        for (Map.Entry<String, Double> rate : rates.opsPerSecond().entrySet()) {
            System.out.printf(Locale.ROOT, "rate %s %.1f%n", rate.getKey(), rate.getValue());
        }
        for (Map.Entry<String, Double> ratio : rates.ratioToFirst().entrySet()) {
            if (!ratio.getKey().equals(workloads.get(0).name())) {
                System.out.printf(Locale.ROOT, "ratio %s %.5f%n", ratio.getKey(), ratio.getValue());
            }
        }
    }

    static List<Interleaved.Workload> workloads(String comparison) {
        List<Pathway> realistic = RealisticPathways.sample(ValidationBenchmark.SAMPLE, 42);
        return switch (comparison) {
            // the goal compares these two, so they share every spell of the machine
            case "realistic" -> List.of(validating("realistic", Validators.precompiled(), realistic),
                    referencing("reference", realistic));
            case "runtime_drl" -> List.of(validating("runtime_drl", Validators.runtimeDrl(), realistic));
            case "scaling" -> List.of(
                    validating("transfers_10", Validators.precompiled(), RealisticPathways.sample(16, 7, 10)),
                    validating("transfers_1000", Validators.precompiled(), RealisticPathways.sample(16, 7, 1000)));
            case "custom_1000" -> List.of(validating("custom_1000", Validators.withCustomRules(1000), realistic));
            // where a validation's time goes: the rules, our own work around them, the floor
            case "breakdown" -> List.of(validating("all_rules", Validators.precompiled(), realistic),
                    validating("no_rules", Validators.withoutRules(), realistic),
                    referencing("reference", realistic),
                    rotating("integrity_only", realistic, Pathway::integrityErrors));
            default -> throw new IllegalArgumentException("no comparison named " + comparison);
        };
    }

    private static Interleaved.Workload validating(String name, PathwayValidator validator, List<Pathway> pathways) {
        return rotating(name, pathways, pathway -> validator.validate(pathway, RealisticPathways.AS_OF));
    }

    private static Interleaved.Workload referencing(String name, List<Pathway> pathways) {
        ReferenceRules reference = new ReferenceRules();
        return rotating(name, pathways, pathway -> reference.validate(pathway, RealisticPathways.AS_OF));
    }

    /** Each operation checks the next pathway of the sample, round and round. */
    private static Interleaved.Workload rotating(String name, List<Pathway> pathways, Function<Pathway, ?> check) {
        int[] next = {0};
        return new Interleaved.Workload(name, () -> {
            Pathway pathway = pathways.get(next[0]);
            next[0] = (next[0] + 1) % pathways.size();
            return check.apply(pathway);
        });
    }
}
