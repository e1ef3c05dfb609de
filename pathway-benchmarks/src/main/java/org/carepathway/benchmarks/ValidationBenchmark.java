package org.carepathway.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carepathway.model.Pathway;
import org.carepathway.rules.PathwayValidator;
import org.carepathway.rules.ValidationReport;
import org.carepathway.testkit.reference.ReferenceAlert;
import org.carepathway.testkit.reference.ReferenceRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One validation of a realistic pathway (4 transfers), one thread, by the three implementations: the library as
 * shipped, the plain-Java reference (the floor) and the same DRL compiled at start-up. The pathways rotate through
 * a sample of {@value #SAMPLE}, so the work is not one pathway's branch pattern learnt by heart.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class ValidationBenchmark {
    static final int SAMPLE = 512;

    private List<Pathway> pathways;
    private int next;
    private PathwayValidator precompiled;
    private PathwayValidator runtimeDrl;
    private ReferenceRules reference;

    @Setup(Level.Trial)
    public void setUp() {
        pathways = RealisticPathways.sample(SAMPLE, 42);
        precompiled = Validators.precompiled();
        runtimeDrl = Validators.runtimeDrl();
        reference = new ReferenceRules();
    }

    private Pathway nextPathway() {
        Pathway pathway = pathways.get(next);
        next = (next + 1) % SAMPLE;
        return pathway;
    }

    @Benchmark
    public ValidationReport realistic() {
        return precompiled.validate(nextPathway(), RealisticPathways.AS_OF);
    }

    @Benchmark
    public List<ReferenceAlert> reference() {
        return reference.validate(nextPathway(), RealisticPathways.AS_OF);
    }

    @Benchmark
    public ValidationReport runtimeDrl() {
        return runtimeDrl.validate(nextPathway(), RealisticPathways.AS_OF);
    }
}
