package dev.langgraph.interop;

import java.util.Objects;

/**
 * The deliberate divergences of the testkit's fake from the JS dev server, each named after its entry in
 * {@code testkit/README.md} ("Deliberate divergences from the JS dev server"). A scenario that meets one asserts the
 * value of the server it runs on, never skips the assertion:
 *
 * <pre>{@code
 * assertThat(e.statusCode()).isEqualTo(Divergence.BUSY_THREAD_IS_409.js(422).python(409).on(server));
 * if (Divergence.CRONS_WORK.pythonSideOn(server)) { ... } else { ... }   // when the steps differ
 * }</pre>
 *
 * <p>The fake follows the Python server, so its value is called {@code python}. Two constants name entries of the
 * README's "Simplifications" instead, where the fake differs from both servers.
 */
public enum Divergence {

    /**
     * "Errors are JSON {@code {"detail": ...}} in the Python server's words, not {@code text/plain}; validation errors
     * are 422, not zod's 400".
     */
    PYTHON_ERRORS,

    /** "A busy thread under {@code multitask_strategy: reject} is 409, not 422". */
    BUSY_THREAD_IS_409,

    /** "A run on a missing thread (without {@code if_not_exists: create}) is 404, not 422". */
    RUN_ON_MISSING_THREAD_IS_404,

    /** "{@code POST /assistants} with an unknown {@code graph_id} is 404". */
    UNKNOWN_GRAPH_IS_404,

    /** "{@code config.configurable} together with {@code context} is 400". */
    CONFIGURABLE_WITH_CONTEXT_IS_400,

    /** "{@code rollback} deletes a running run and its checkpoints". */
    ROLLBACK_DELETES_RUNNING_RUN,

    /** "A run cancelled mid-way leaves its thread {@code interrupted} when nodes are still due". */
    CANCELLED_THREAD_IS_INTERRUPTED,

    /**
     * "On {@code interrupt()} the final {@code values} event, /wait and /join, is the state plus
     * {@code __interrupt__}; a failed run's {@code __error__} is not double-encoded".
     */
    PYTHON_RUN_RESULT,

    /** "Non-resumable runs are not a consuming queue: joining without {@code Last-Event-ID} gives only future events". */
    JOIN_SEES_FUTURE_EVENTS,

    /** "Pagination headers use the Python server's {@code limit+1} probing; runs are listed newest first". */
    PYTHON_PAGINATION,

    /** "{@code PATCH /threads/{id}/state} (the metadata merge) exists". */
    PATCH_STATE_EXISTS,

    /** "{@code PATCH /threads/{id}} honours {@code Prefer: return=minimal}: 204 without a body". */
    RETURN_MINIMAL_IS_204,

    /** "Crons work". */
    CRONS_WORK,

    /** "Thread search's {@code values} filter is containment: a thread without values matches none". */
    VALUES_FILTER_IS_CONTAINMENT,

    /** "History's {@code before} may be a checkpoint object, as the Python SDK sends it". */
    HISTORY_BEFORE_TAKES_A_CHECKPOINT,

    /** "Graph edges carry {@code conditional} only when it is true". */
    CONDITIONAL_ONLY_WHEN_TRUE,

    /** "{@code messages-tuple} chunks are typed {@code AIMessageChunk}". */
    CHUNK_TYPE_IS_AI_MESSAGE_CHUNK,

    /** "The legacy {@code messages} mode does not send {@code messages/complete} after streamed chunks". */
    LEGACY_MESSAGES_DEDUPED,

    /** Simplification "Undeclared state keys are accepted with last-value semantics": they stay in the state. */
    UNDECLARED_KEYS_KEPT,

    /** Simplification "the {@code events} mode has no {@code on_chat_model_start}/{@code end} records". */
    NO_CHAT_MODEL_START_END_EVENTS;

    /**
     * Starts an expectation with the JS dev server's value.
     *
     * @param jsValue what the real JS dev server shows (may be null)
     * @param <T> the value's type
     * @return the next step, which takes the Python server's (and so the fake's) value
     */
    public <T> JsValue<T> js(T jsValue) {
        return new JsValue<>(this, jsValue);
    }

    /**
     * Whether a server shows the Python side of this divergence, for a scenario whose steps differ, not only a value.
     *
     * @param server the server the scenario runs on
     * @return true on the fake
     * @throws NullPointerException if {@code server} is null
     */
    public boolean pythonSideOn(ServerEndpoint server) {
        return Objects.requireNonNull(server, "server").isFake();
    }

    /**
     * The JS server's value of a divergence, waiting for the Python server's.
     *
     * @param divergence the divergence
     * @param js the JS server's value
     * @param <T> the value's type
     */
    public record JsValue<T>(Divergence divergence, T js) {

        /**
         * Adds the Python server's value, which the fake follows.
         *
         * @param pythonValue what the Python server (and the fake) shows (may be null)
         * @return the expectation, resolved per server with {@link Expectation#on(ServerEndpoint)}
         */
        public Expectation<T> python(T pythonValue) {
            return new Expectation<>(divergence, js, pythonValue);
        }
    }

    /**
     * The two values of a divergence.
     *
     * @param divergence the divergence
     * @param js the JS server's value
     * @param python the Python server's value, which the fake shows
     * @param <T> the value's type
     */
    public record Expectation<T>(Divergence divergence, T js, T python) {

        /**
         * The value to expect from a server.
         *
         * @param server the server the scenario runs on
         * @return {@link #python()} on the fake, else {@link #js()}
         * @throws NullPointerException if {@code server} is null
         */
        public T on(ServerEndpoint server) {
            return Objects.requireNonNull(server, "server").isFake() ? python : js;
        }
    }
}
