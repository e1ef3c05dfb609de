package org.carepathway.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick profile on a tiny budget: proves every figure and goal line comes out, not what they say. */
class QuickProfileTest {
    @Test
    void should_print_every_figure_and_goal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QuickProfile(QuickProfile.Budget.SMOKE, new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        List<String> figures = lines.stream().filter(l -> l.startsWith("figure ")).toList();
        assertThat(figures).allMatch(l -> l.matches("figure [a-z0-9_]+ [0-9]+(\\.[0-9]+)? (ops/s|us|ratio|ms|MB|s)"));
        assertThat(figures).extracting(l -> l.split(" ")[1]).contains("throughput_realistic", "throughput_reference",
                "throughput_runtime_drl", "per_transfer_cost_ratio_1000_vs_10", "coldstart_precompiled",
                "coldstart_runtime_drl", "retained_heap_validator", "build_time_custom_1000", "throughput_custom_1000");
        assertThat(lines.stream().filter(l -> l.startsWith("goal "))).hasSize(5)
                .allMatch(l -> l.endsWith(" met") || l.endsWith(" MISSED"));
    }
}
