package dev.langgraph.testkit.internal.engine;

import dev.langgraph.testkit.graph.NodeContext;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.Ids;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The {@link NodeContext} of one task. */
final class NodeContextImpl implements NodeContext {

    private final RunEnv env;
    private final List<String> namespace;
    private final String node;
    private final String taskId;
    private final int step;
    private final Map<String, Object> state;
    private final ResumeCursor resume;

    NodeContextImpl(RunEnv env, List<String> namespace, String node, String taskId, int step,
            Map<String, Object> state, ResumeCursor resume) {
        this.env = env;
        this.namespace = namespace;
        this.node = node;
        this.taskId = taskId;
        this.step = step;
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
                "id", Ids.interruptId(taskId, resume.position()))));
    }

    @Override
    public void write(Object data) {
        env.checkCancelled();
        env.emitter.emit("custom", namespace, Json.copy(data));
    }

    @Override
    public void messageChunk(Map<String, Object> chunk) {
        env.checkCancelled();
        env.emitter.emit("messages", namespace, List.of(Json.copy(chunk), messageMetadata()));
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
        return node;
    }

    @Override
    public String runId() {
        return env.run.runId;
    }

    @Override
    public String threadId() {
        return env.run.threadId;
    }

    private Map<String, Object> messageMetadata() {
        List<String> ns = new ArrayList<>(namespace);
        ns.add(node + ":" + taskId);
        String checkpointNs = String.join("|", ns);
        Map<String, Object> meta = Json.copyMap(Json.mapAt(env.config, "metadata"));
        meta.put("tags", List.of());
        meta.put("langgraph_step", step);
        meta.put("langgraph_node", node);
        meta.put("langgraph_triggers", List.of("branch:to:" + node));
        meta.put("langgraph_path", List.of("__pregel_pull", node));
        meta.put("langgraph_checkpoint_ns", checkpointNs);
        meta.put("checkpoint_ns", checkpointNs);
        meta.put("ls_provider", "langgraph-testkit");
        meta.put("ls_model_type", "chat");
        return meta;
    }
}
