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

/**
 * How the cost of a validation grows with the length of the pathway: the same kind of pathway with 10 and with
 * 1,000 transfers. Time per operation divided by transfers gives the cost per transfer; linear growth keeps it
 * flat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ScalingBenchmark {
    @Param({"10", "1000"})
    public int transfers;

    private List<Pathway> pathways;
    private int next;
    private PathwayValidator validator;

    @Setup(Level.Trial)
    public void setUp() {
        pathways = RealisticPathways.sample(16, 7, transfers);
        validator = Validators.precompiled();
    }

    @Benchmark
    public ValidationReport validate() {
        Pathway pathway = pathways.get(next);
        next = (next + 1) % pathways.size();
        return validator.validate(pathway, RealisticPathways.AS_OF);
    }
}
