package dev.langgraph.interop.scenarios;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RequestOptions;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.runs.Run;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.runs.CancelAction;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.interop.Await;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerEndpoint;
import dev.langgraph.transport.httpclient5.HttpClient5Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealServerExtension.class)
class ZzH10ProbeTest {
    @Test
    void leakedStreamsExhaustTheSmallPool(ServerEndpoint server) {
        HttpClient5Transport transport = HttpClient5Transport.builder().maxConnections(8).build();
        try (LangGraphClient small = LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey().transport(transport).build()) {
            String t = small.threads().create().threadId();
            Run run = small.runs().create(t, "slow", RunParams.builder().input(Map.of("delay_ms", 10_000))
                    .streamMode(StreamMode.UPDATES).streamResumable(true).build());
            Await.awaitValue(Await.DEFAULT_DEADLINE, "start", () -> small.runs().get(t, run.runId()).status(), RunStatus.RUNNING::equals);
            List<RunStream> leaked = new ArrayList<>();
            long t0 = System.nanoTime();
            try {
                for (int i = 0; i < 12; i++) {
                    RunStream s = small.runs().joinStream(t, run.runId(), false, null, "-1", RequestOptions.none());
                    s.iterator().next();
                    leaked.add(s);
                    System.out.println("PROBE opened " + (i + 1) + " at " + (System.nanoTime() - t0) / 1_000_000 + "ms");
                }
            } catch (RuntimeException e) {
                System.out.println("PROBE failed after " + leaked.size() + " at " + (System.nanoTime() - t0) / 1_000_000 + "ms: " + e);
            }
            leaked.forEach(RunStream::close);
            small.runs().cancel(t, run.runId(), true, CancelAction.INTERRUPT, RequestOptions.none());
        } finally {
            transport.close();
        }
    }
}
