package dev.langgraph.client.threads;

import dev.langgraph.client.common.ApiObject;
import dev.langgraph.client.common.Checkpoint;
import dev.langgraph.client.common.Interrupt;
import java.util.List;
import java.util.Map;

/** A task of a {@link ThreadState}: one node about to run (or interrupted), with its error, interrupts and result. */
public final class ThreadTask extends ApiObject {

    private ThreadTask(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the task
     * @throws NullPointerException if {@code fields} is null
     */
    public static ThreadTask fromMap(Map<String, ?> fields) {
        return new ThreadTask(fields);
    }

    /**
     * The task id.
     *
     * @return {@code id}, or null
     */
    public String id() {
        return string("id");
    }

    /**
     * The node name.
     *
     * @return {@code name}, or null
     */
    public String name() {
        return string("name");
    }

    /**
     * The error the task raised.
     *
     * @return {@code error}, or null
     */
    public String error() {
        return string("error");
    }

    /**
     * The interrupts the task raised.
     *
     * @return {@code interrupts}, or null
     */
    public List<Interrupt> interrupts() {
        return objects("interrupts", Interrupt::fromMap);
    }

    /**
     * The subgraph checkpoint of the task, when it runs a subgraph.
     *
     * @return {@code checkpoint}, or null
     */
    public Checkpoint checkpoint() {
        return object("checkpoint", Checkpoint::fromMap);
    }

    /**
     * The subgraph state of the task, when the state was read with {@code subgraphs=true}.
     *
     * @return {@code state}, or null
     */
    public ThreadState state() {
        return object("state", ThreadState::fromMap);
    }

    /**
     * The task's result (its writes) once it has run.
     *
     * @return {@code result} as plain JSON types, or null
     */
    public Object result() {
        return get("result");
    }

    /**
     * The task's path in the graph, such as {@code ["__pregel_pull", "ask"]} (sent by the JS server).
     *
     * @return {@code path} as plain JSON types, or null
     */
    public List<Object> path() {
        return list("path");
    }
}
