package org.carepathway.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Realistic validations with the built-in rules and a pack of generated custom rules beside them. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class CustomRulesBenchmark {
    @Param({"1000"})
    public int customRules;

    private List<Pathway> pathways;
    private int next;
    private PathwayValidator validator;

    @Setup(Level.Trial)
    public void setUp() {
        pathways = RealisticPathways.sample(ValidationBenchmark.SAMPLE, 42);
        validator = Validators.withCustomRules(customRules);
    }

    @Benchmark
    public ValidationReport realistic() {
        Pathway pathway = pathways.get(next);
        next = (next + 1) % pathways.size();
        return validator.validate(pathway, RealisticPathways.AS_OF);
    }
}
