package org.carepathway.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.carepathway.rules.PathwayValidator;

/**
 * The quick profile: every figure of BENCHMARKS.md in one run of a few minutes, one {@code figure NAME VALUE UNIT}
 * line each on standard output, then one {@code goal} line per performance goal, compared within this run.
 * Throughput comes from {@link Comparisons} and cold starts from {@link ColdStart}, each in fresh JVMs; retained
 * heap is measured here. Progress goes to standard error.
 */
final class QuickProfile {
    /**
     * How long to measure: the quick profile, or a smoke run that only proves every figure comes out. Drools code
     * reaches its peak only after some 15 s of C2 compilation on two cores, so the quick profile warms up that long.
     */
    record Budget(long warmupMillis, long measureMillis, long sliceMillis, int coldStarts) {
        static final Budget QUICK = new Budget(15_000, 20_000, 200, 5);
        static final Budget SMOKE = new Budget(200, 400, 50, 1);
    }

    private final Budget budget;
    private final PrintStream out;
    private final PrintStream progress;
    private final Map<String, Double> figures = new LinkedHashMap<>();

    QuickProfile(Budget budget, PrintStream out, PrintStream progress) {
        this.budget = budget;
        this.out = out;
        this.progress = progress;
    }

    /** Runs the profile; returns whether every goal holds. */
    boolean run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        Map<String, Double> realistic = compare("realistic");
        figure("throughput_realistic", realistic.get("rate realistic"), "ops/s");
        figure("throughput_reference", realistic.get("rate reference"), "ops/s");
        figure("throughput_realistic_vs_reference", 1 / realistic.get("ratio reference"), "ratio");
        figure("throughput_runtime_drl", compare("runtime_drl").get("rate runtime_drl"), "ops/s");
        Map<String, Double> scaling = compare("scaling");
        figure("per_transfer_cost_10", 1e6 / (scaling.get("rate transfers_10") * 10), "us");
        figure("per_transfer_cost_1000", 1e6 / (scaling.get("rate transfers_1000") * 1000), "us");
        // cost per transfer at 1,000 over cost per transfer at 10, from the rates' per-round ratio
        figure("per_transfer_cost_ratio_1000_vs_10", 10 / (1000 * scaling.get("ratio transfers_1000")), "ratio");
        figure("throughput_custom_1000", compare("custom_1000").get("rate custom_1000"), "ops/s");

        // in turn, so that the two sides of the cold-start goal meet the same spells of the machine
        Map<ColdStart.Kind, ColdStarts> cold = coldStarts(budget.coldStarts);
        ColdStarts precompiled = cold.get(ColdStart.Kind.PRECOMPILED);
        ColdStarts runtime = cold.get(ColdStart.Kind.RUNTIME_DRL);
        ColdStarts custom = cold.get(ColdStart.Kind.CUSTOM_1000);
        figure("coldstart_precompiled", precompiled.toReportMs, "ms");
        figure("coldstart_runtime_drl", runtime.toReportMs, "ms");
        figure("coldstart_custom_1000", custom.toReportMs, "ms");
        figure("build_time_precompiled", precompiled.buildMs, "ms");
        figure("build_time_custom_1000", custom.buildMs, "ms");

        figure("retained_heap_validator", retainedMb(Validators::precompiled), "MB");
        figure("retained_heap_validator_custom_1000", retainedMb(() -> Validators.withCustomRules(1000)), "MB");
        figure("quick_profile_duration", (System.nanoTime() - start) / 1e9, "s");

        boolean met = goal("throughput_vs_reference", get("throughput_realistic_vs_reference"), ">=", 0.1);
        met &= goal("per_transfer_cost_ratio", get("per_transfer_cost_ratio_1000_vs_10"), "<=", 1.5);
        met &= goal("coldstart_precompiled_vs_runtime_drl",
                get("coldstart_precompiled") / get("coldstart_runtime_drl"), "<=", 1.0 / 3);
        met &= goal("coldstart_precompiled_ms", get("coldstart_precompiled"), "<", 1000);
        met &= goal("throughput_realistic", get("throughput_realistic"), ">=", 20_000);
        return met;
    }

    private double get(String name) {
        return figures.get(name);
    }

    /** Runs one {@link Comparisons} in a fresh JVM; its lines keyed "rate NAME" and "ratio NAME". */
    private Map<String, Double> compare(String comparison) throws IOException, InterruptedException {
        progress.printf(Locale.ROOT, "quick: %s, interleaved in one JVM: %.1f s warm-up, %.1f s measured%n", comparison,
                budget.warmupMillis / 1e3, budget.measureMillis / 1e3);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : child(Comparisons.class, comparison, String.valueOf(budget.warmupMillis),
                String.valueOf(budget.measureMillis), String.valueOf(budget.sliceMillis)).lines) {
            String[] parts = line.split(" ");
            if (parts.length == 3 && (parts[0].equals("rate") || parts[0].equals("ratio"))) {
                values.put(parts[0] + " " + parts[1], Double.parseDouble(parts[2]));
                progress.println("quick:   " + line);
            }
        }
        return values;
    }

    /** What a child JVM printed, and when each line came, in ms from launch. */
    private record Child(List<String> lines, List<Double> millis) {
    }

    /** Runs {@code main} in a fresh JVM of the same java and class path; fails unless it exits 0. */
    private static Child child(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                millis.add((System.nanoTime() - launched) / 1e6);
                lines.add(line);
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + " from " + String.join(" ", command));
        }
        return new Child(lines, millis);
    }

    private record ColdStarts(double toReportMs, double buildMs) {
    }

    /**
     * The median over fresh JVMs, launched in turn, of launch-to-first-report and of the validator's build()
     * inside them: {@code times} of each kind, but at most three of 1,000 custom rules, which take seconds.
     */
    private Map<ColdStart.Kind, ColdStarts> coldStarts(int times) throws IOException, InterruptedException {
        Map<ColdStart.Kind, List<Double>> toReport = new EnumMap<>(ColdStart.Kind.class);
        Map<ColdStart.Kind, List<Double>> build = new EnumMap<>(ColdStart.Kind.class);
        for (int i = 0; i < times; i++) {
            for (ColdStart.Kind kind : ColdStart.Kind.values()) {
                if (kind == ColdStart.Kind.CUSTOM_1000 && i >= 3) {
                    continue;
                }
                String name = kind.name().toLowerCase(Locale.ROOT);
                Child child = child(ColdStart.class, name);
                double reportMs = child.millis.get(indexOf(child, "report "));
                double buildMs = Long.parseLong(child.lines.get(indexOf(child, "built ")).substring(6).trim()) / 1e6;
                toReport.computeIfAbsent(kind, k -> new ArrayList<>()).add(reportMs);
                build.computeIfAbsent(kind, k -> new ArrayList<>()).add(buildMs);
                progress.printf(Locale.ROOT, "quick: cold start %-12s %8.0f ms to the first report, build() %8.0f ms%n",
                        name, reportMs, buildMs);
            }
        }
        Map<ColdStart.Kind, ColdStarts> medians = new EnumMap<>(ColdStart.Kind.class);
        for (ColdStart.Kind kind : toReport.keySet()) {
            medians.put(kind, new ColdStarts(Interleaved.median(toReport.get(kind)),
                    Interleaved.median(build.get(kind))));
        }
        return medians;
    }

    private static int indexOf(Child child, String prefix) {
        for (int i = 0; i < child.lines.size(); i++) {
            if (child.lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no line starting '" + prefix + "' in " + child.lines);
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * The heap one more validator holds once built and used: heap in use after a full collection with it, less
     * heap in use before it was built, with classes and shared caches already loaded by an earlier validator.
     */
    private double retainedMb(Supplier<PathwayValidator> build) {
        PathwayValidator warm = build.get();
        warm.validate(RealisticPathways.sample(1, 1).get(0), RealisticPathways.AS_OF);
        warm = null;
        long before = usedHeapAfterGc();
        PathwayValidator validator = build.get();
        validator.validate(RealisticPathways.sample(1, 1).get(0), RealisticPathways.AS_OF);
        long after = usedHeapAfterGc();
        Reference.reachabilityFence(validator);
        return (after - before) / (1024.0 * 1024.0);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void figure(String name, Double value, String unit) {
        if (value == null || value.isNaN()) {
            throw new IllegalStateException("no measurement for figure " + name);
        }
        figures.put(name, value);
        out.printf(Locale.ROOT, "figure %s %s %s%n", name, format(value), unit);
        out.flush();
    }

    private boolean goal(String name, double value, String comparison, double target) {
        boolean met = switch (comparison) {
            case ">=" -> value >= target;
            case "<=" -> value <= target;
            case "<" -> value < target;
            default -> throw new IllegalArgumentException(comparison);
        };
        out.printf(Locale.ROOT, "goal %s %s %s %s %s%n", name, format(value), comparison, format(target),
                met ? "met" : "MISSED");
        return met;
    }

    private static String format(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

}
