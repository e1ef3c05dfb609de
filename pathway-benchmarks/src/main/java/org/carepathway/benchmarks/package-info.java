/**
 * Benchmarks of carepathway: {@link org.carepathway.benchmarks.Main} runs the quick profile of BENCHMARKS.md or
 * the JMH suite; {@link org.carepathway.benchmarks.RealisticPathways} makes the pathways they validate. Not a
 * published module.
 */
package org.carepathway.benchmarks;
