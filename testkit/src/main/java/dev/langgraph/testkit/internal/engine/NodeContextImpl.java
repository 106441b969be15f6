package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.NodeContext;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.Ids;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The {@link NodeContext} of one task. */
final class NodeContextImpl implements NodeContext {

    private final RunEnv env;
    private final TaskInfo task;
    private final Map<String, Object> state;
    private final ResumeCursor resume;

    NodeContextImpl(RunEnv env, TaskInfo task, Map<String, Object> state, ResumeCursor resume) {
        this.env = env;
        this.task = task;
        this.state = state;
        this.resume = resume;
    }

    @Override
    public Map<String, Object> state() {
        return state;
    }

    @Override
    public Object get(String key) {
        return state.get(key);
    }

    @Override
    public Map<String, Object> config() {
        return Collections.unmodifiableMap(env.config);
    }

    @Override
    public Object configurable(String key) {
        Map<String, Object> configurable = Json.mapAt(env.config, "configurable");
        return configurable == null ? null : configurable.get(key);
    }

    @Override
    public Object interrupt(Object value) {
        if (resume.hasNext()) {
            return resume.take();
        }
        throw new InterruptSignal(List.of(Json.obj("value", Json.copy(value),
                "id", Ids.interruptId(task.taskId(), resume.position()))));
    }

    @Override
    public void write(Object data) {
        env.checkCancelled();
        env.streams.custom(task.namespace(), data);
    }

    @Override
    public void messageChunk(Map<String, Object> chunk) {
        env.checkCancelled();
        env.streams.messageChunk(task, Json.copyMap(chunk));
    }

    @Override
    public void sleep(Duration duration) {
        if (env.control.sleep(duration)) {
            throw new CancelledSignal();
        }
    }

    @Override
    public boolean isCancelled() {
        return env.control.isCancelled();
    }

    @Override
    public String nodeName() {
        return task.node();
    }

    @Override
    public String runId() {
        return env.run.runId;
    }

    @Override
    public String threadId() {
        return env.run.threadId;
    }
}
