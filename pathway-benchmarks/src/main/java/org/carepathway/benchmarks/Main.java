package org.carepathway.benchmarks;

import java.util.Arrays;

/**
 * {@code java -jar pathway-benchmarks.jar quick} prints the figures of BENCHMARKS.md in a few minutes and exits 1
 * when a goal is missed ({@code quick --smoke}: the same lines from a run of seconds, whose values mean nothing).
 * Any other arguments go to JMH itself ({@code -l} lists the benchmarks, {@code -h} its options), for deeper runs.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("quick")) {
            QuickProfile.Budget budget = Arrays.asList(args).contains("--smoke")
                    ? QuickProfile.Budget.SMOKE : QuickProfile.Budget.QUICK;
            boolean met = new QuickProfile(budget, System.out, System.err).run();
            System.exit(met ? 0 : 1);
        }
        org.openjdk.jmh.Main.main(args);
    }
}
