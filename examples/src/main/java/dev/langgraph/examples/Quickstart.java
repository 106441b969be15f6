package dev.langgraph.examples;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.common.Command;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.testkit.FakeLangGraphServer;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The quickstart: a thread, a streamed run, token streaming, an interrupt and its resume, and the async client.
 *
 * <p>It runs on the embedded fake server from {@code langgraph-testkit}, or on a real server when
 * {@code LANGGRAPH_API_URL} is set (which must serve the reference graphs: see {@code interop/server}).
 */
public final class Quickstart {

    private Quickstart() {
    }

    /**
     * Runs the quickstart and prints what happens.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String url = System.getenv("LANGGRAPH_API_URL");
        if (url != null && !url.isBlank()) {
            try (LangGraphClient client = LangGraphClient.fromEnv()) {
                run(client, System.out);
            }
            return;
        }
        try (FakeLangGraphServer server = FakeLangGraphServer.builder().referenceGraphs().start();
                LangGraphClient client = LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey().build()) {
            System.out.println("Fake LangGraph server at " + server.baseUrl());
            run(client, System.out);
        }
    }

    /**
     * The walkthrough itself, against any server that has the reference graphs.
     *
     * @param client the client
     * @param out where to print
     * @return the final state of the interrupted thread, for tests
     */
    public static Map<String, Object> run(LangGraphClient client, PrintStream out) {
        // 1. A thread and a streamed run: one `updates` event per node.
        Thread thread = client.threads().create();
        out.println("thread " + thread.threadId());
        RunParams counter = RunParams.builder().input(Map.of("count", 0)).streamMode(StreamMode.UPDATES).build();
        try (RunStream stream = client.runs().stream(thread.threadId(), "counter", counter)) {
            for (StreamPart part : stream) {
                out.println("  " + part.event() + " " + part.data());
            }
        }

        // 2. Token streaming from a chat model node.
        RunParams hello = RunParams.builder()
                .input(Map.of("messages", List.of(Map.of("role", "human", "content", "hello from Java"))))
                .streamMode(StreamMode.MESSAGES_TUPLE)
                .build();
        StringBuilder tokens = new StringBuilder();
        try (RunStream stream = client.runs().stream(null, "echo", hello)) {
            for (StreamPart part : stream) {
                if (part.mode().equals("messages") && part.data() instanceof List<?> tuple
                        && tuple.get(0) instanceof Map<?, ?> chunk && chunk.get("content") instanceof String t) {
                    tokens.append(t);
                }
            }
        }
        out.println("echo streamed: " + tokens);

        // 3. Human in the loop: the graph asks, we answer.
        Thread review = client.threads().create();
        Object paused = client.runs().wait(review.threadId(), "interrupt",
                RunParams.builder().input(Map.of("topic", "the release")).build());
        out.println("interrupted: " + paused + " (thread " + client.threads().get(review.threadId()).status() + ")");
        Object resumed = client.runs().wait(review.threadId(), "interrupt",
                RunParams.builder().command(Command.resume("yes")).build());
        out.println("resumed: " + resumed);

        // 4. The same client, without blocking.
        int threads = client.async().threads().count(null).join();
        out.println("threads on the server: " + threads);

        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) client.threads().getState(review.threadId()).values();
        return state;
    }
}
