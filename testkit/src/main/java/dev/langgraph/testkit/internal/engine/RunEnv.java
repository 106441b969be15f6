package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.internal.model.RunControl;
import dev.langgraph.testkit.internal.model.RunRecord;
import dev.langgraph.testkit.internal.model.ServerClock;
import java.util.Map;

/** What every graph loop and node of one run shares. */
final class RunEnv {

    final RunRecord run;
    final Map<String, Object> config;
    final RunStreams streams;
    final ServerClock clock;
    final RunControl control;
    final int recursionLimit;

    RunEnv(RunRecord run, Map<String, Object> config, RunStreams streams, ServerClock clock) {
        this.run = run;
        this.config = config;
        this.streams = streams;
        this.clock = clock;
        this.control = run.control;
        Object limit = config.get("recursion_limit");
        this.recursionLimit = limit instanceof Number ? ((Number) limit).intValue() : 25;
    }

    /** Stops the caller if the run was cancelled. */
    void checkCancelled() {
        if (control.isCancelled()) {
            throw new CancelledSignal();
        }
    }
}
