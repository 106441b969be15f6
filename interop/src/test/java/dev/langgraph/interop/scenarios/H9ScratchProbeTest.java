package dev.langgraph.interop.scenarios;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerEndpoint;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServerExtension.class)
class H9ScratchProbeTest {
    @Test
    void probe(ServerEndpoint server) throws Exception {
        try (LangGraphClient c = Clients.of(server)) {
            String t = c.threads().create().threadId();
            c.runs().wait(t, "counter", RunParams.builder().input(Map.of("count", 0)).build());
            String cp = c.threads().getHistory(t).get(2).checkpoint().checkpointId();
            HttpClient http = HttpClient.newHttpClient();
            for (String body : new String[] {
                    "{\"checkpoint\":{\"checkpoint_id\":\"" + cp + "\"}}",
                    "{\"checkpoint\":{\"checkpoint_id\":\"" + cp + "\"},\"subgraphs\":false}",
                    "{\"checkpoint\":{\"checkpoint_id\":\"" + cp + "\"},\"subgraphs\":\"true\"}"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/threads/" + t + "/state/checkpoint"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.println("PROBE " + body + " -> " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            }
        }
    }
}
