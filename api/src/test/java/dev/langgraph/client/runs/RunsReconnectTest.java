package dev.langgraph.client.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.errors.ApiConnectionException;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.testing.WireMockSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A broken stream resumes with {@code Last-Event-ID} and yields every event exactly once. */
class RunsReconnectTest extends WireMockSupport {

    private static String event(int id, String data) {
        return "event: updates\ndata: " + data + "\nid: " + id + "\n\n";
    }

    private static final String METADATA = "event: metadata\ndata: {\"run_id\":\"r1\",\"attempt\":1}\nid: 0\n\n";

    /** Reads every id, letting the server cut the first connection once {@code cutAfter} was received. */
    private static List<String> ids(RunStream stream, ScriptedSseServer server, String cutAfter) {
        try (stream) {
            List<String> ids = new ArrayList<>();
            for (StreamPart part : stream) {
                ids.add(part.id());
                if (part.id().equals(cutAfter)) {
                    server.cutNow();
                }
            }
            return ids;
        }
    }

    private LangGraphClient clientOf(ScriptedSseServer server) {
        return clientBuilder().baseUrl(server.baseUrl()).build();
    }

    @Test
    void aResumableStreamCutMidwayResumesFromTheJoinStreamOfItsRun() throws Exception {
        try (ScriptedSseServer server = new ScriptedSseServer(List.of(
                new ScriptedSseServer.Script(Map.of("Content-Location", "/threads/t1/runs/r1"),
                        List.of(METADATA, event(1, "{\"a\":1}")), true),
                new ScriptedSseServer.Script(Map.of(),
                        List.of(event(2, "{\"b\":2}"), event(3, "{\"c\":3}")), false)));
                LangGraphClient c = clientOf(server)) {

            List<String> ids = ids(c.runs().stream("t1", "a1", RunParams.builder().streamResumable(true).build()),
                    server, "1");

            assertThat(ids).containsExactly("0", "1", "2", "3");
            assertThat(server.received()).hasSize(2);
            assertThat(server.received().get(0).requestLine()).startsWith("POST /threads/t1/runs/stream ");
            assertThat(server.received().get(0).body()).contains("\"stream_resumable\":true");
            ScriptedSseServer.Received resume = server.received().get(1);
            assertThat(resume.requestLine()).startsWith("GET /threads/t1/runs/r1/stream ");
            assertThat(resume.headers()).containsEntry("last-event-id", "1");
        }
    }

    @Test
    void aBrokenJoinStreamRejoinsTheSamePath() throws Exception {
        try (ScriptedSseServer server = new ScriptedSseServer(List.of(
                new ScriptedSseServer.Script(Map.of(), List.of(event(3, "{\"a\":1}")), true),
                new ScriptedSseServer.Script(Map.of(), List.of(event(4, "{\"b\":2}")), false)));
                LangGraphClient c = clientOf(server)) {

            List<String> ids = ids(c.runs().joinStream("t1", "r1", false, null, "2",
                    dev.langgraph.client.RequestOptions.none()), server, "3");

            assertThat(ids).containsExactly("3", "4");
            assertThat(server.received().get(0).headers()).containsEntry("last-event-id", "2");
            // Re-joining keeps the join's own query (stream modes, cancel_on_disconnect).
            assertThat(server.received().get(1).requestLine())
                    .startsWith("GET /threads/t1/runs/r1/stream?cancel_on_disconnect=false ");
            assertThat(server.received().get(1).headers()).containsEntry("last-event-id", "3");
        }
    }

    @Test
    void aNonResumableStreamThatBreaksFailsAfterItsEvents() throws Exception {
        try (ScriptedSseServer server = new ScriptedSseServer(List.of(
                new ScriptedSseServer.Script(Map.of("Content-Location", "/threads/t1/runs/r1"),
                        List.of(METADATA), true)));
                LangGraphClient c = clientOf(server)) {

            List<String> seen = new ArrayList<>();
            try (RunStream stream = c.runs().stream("t1", "a1")) {
                assertThatThrownBy(() -> stream.forEach(p -> {
                    seen.add(p.id());
                    server.cutNow();
                }))
                        .isInstanceOf(ApiConnectionException.class);
            }
            assertThat(seen).containsExactly("0");
            assertThat(server.received()).hasSize(1);
        }
    }
}
