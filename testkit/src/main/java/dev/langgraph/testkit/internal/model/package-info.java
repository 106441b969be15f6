/** The in-memory state: records for assistants, threads, checkpoints, runs and store items, behind one lock. */
package dev.langgraph.testkit.internal.model;
