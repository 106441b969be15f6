package dev.langgraph.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up that lasts until the JIT compiler is done: on 2 cores, a C2 compiler thread still busy with the
 * SDK's, Netty's or Jackson's code takes a core from the code being measured, and interpreted or C1 code is slow.
 * A fixed warm-up was often still compiling; every client gets the same rule.
 */
final class JitSettling {

    /** Compilation time per warm-up step below which the JIT counts as settled. */
    private static final long SETTLED_MILLIS = 20;

    private JitSettling() {
    }

    /** One warm-up step that exercises all the code to be measured. */
    interface Step {
        void run() throws Exception;
    }

    /**
     * Runs {@code step} until two steps in a row add less than 20 ms of JIT compilation, or {@code maxSeconds}
     * pass.
     *
     * @param step one round of the work to be measured, about a second long
     * @param maxSeconds the longest warm-up
     * @throws Exception what the step throws
     */
    static void warmUp(Step step, double maxSeconds) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long end = System.nanoTime() + (long) (maxSeconds * 1e9);
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() < end) {
            long before = jit.getTotalCompilationTime();
            step.run();
            quiet = jit.getTotalCompilationTime() - before < SETTLED_MILLIS ? quiet + 1 : 0;
        }
        if (quiet < 2) {
            System.out.printf("warm-up: the JIT was still compiling after %.0f s%n", maxSeconds);
        }
    }
}
