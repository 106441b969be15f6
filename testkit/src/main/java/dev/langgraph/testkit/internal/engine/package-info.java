/** Runs graphs: the superstep loop, checkpoints, stream events, interrupts, cancellation and run scheduling. */
package dev.langgraph.testkit.internal.engine;
