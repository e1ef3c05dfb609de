package org.carepathway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The JMH suite kept for deeper runs: every benchmark runs and scores, here in-process and for a moment. */
class JmhBenchmarksTest {
    @Test
    void should_run_every_jmh_benchmark() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ValidationBenchmark.class.getName())
                .include(ScalingBenchmark.class.getName())
                .include(CustomRulesBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        assertThat(results).hasSize(6)
                .allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    }
}
