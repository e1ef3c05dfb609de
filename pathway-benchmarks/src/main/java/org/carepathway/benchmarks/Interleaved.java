package org.carepathway.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs workloads in turn, a short slice each, in one JVM, and rates each by the median of its slices. On a shared
 * machine the speed of a core drifts by half or more over seconds; measured one after another, two workloads
 * meet different spells and their ratio moves with them. Interleaved, every spell falls on all of them alike, so
 * their ratios hold from run to run. JMH forks each benchmark into its own JVM and runs them in sequence, which is
 * right for absolute figures on a quiet machine and is kept for deeper runs; the quick profile uses this.
 */
final class Interleaved {
    /** One operation of a named workload, run many times; what it returns is kept from dead-code elimination. */
    record Workload(String name, Supplier<?> operation) {
    }

    /** The last result of any operation: a store to a static field the JIT cannot drop. */
    static Object sink;

    /** The median rate of each workload, and the median of the per-round ratio of each to the first. */
    record Rates(Map<String, Double> opsPerSecond, Map<String, Double> ratioToFirst) {
    }

    private Interleaved() {
    }

    static Rates run(List<Workload> workloads, long warmupMillis, long measureMillis, long sliceMillis) {
        turns(workloads, warmupMillis, sliceMillis, null);
        Map<String, List<Double>> slices = new LinkedHashMap<>();
        turns(workloads, measureMillis, sliceMillis, slices);
        Map<String, Double> rates = new LinkedHashMap<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        List<Double> first = slices.get(workloads.get(0).name());
        for (Map.Entry<String, List<Double>> entry : slices.entrySet()) {
            rates.put(entry.getKey(), median(entry.getValue()));
            List<Double> perRound = new ArrayList<>();
            for (int i = 0; i < first.size(); i++) {
                perRound.add(entry.getValue().get(i) / first.get(i));
            }
            ratios.put(entry.getKey(), median(perRound));
        }
        return new Rates(rates, ratios);
    }

    /** Rounds of one slice per workload until {@code millis} have passed; each slice's rate kept when asked. */
    private static void turns(List<Workload> workloads, long millis, long sliceMillis, Map<String, List<Double>> into) {
        long end = System.nanoTime() + millis * 1_000_000;
        do {
            for (Workload workload : workloads) {
                long start = System.nanoTime();
                long stop = start + sliceMillis * 1_000_000;
                long operations = 0;
                long now;
                do {
                    sink = workload.operation().get();
                    operations++;
                    now = System.nanoTime();
                } while (now < stop);
                if (into != null) {
                    into.computeIfAbsent(workload.name(), n -> new ArrayList<>()).add(operations * 1e9 / (now - start));
                }
            }
        } while (System.nanoTime() < end);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
