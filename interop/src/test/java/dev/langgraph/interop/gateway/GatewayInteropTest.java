package dev.langgraph.interop.gateway;

import dev.langgraph.auth.PeerAuthRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.runs.RunStatus;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.client.threads.ThreadUpdateParams;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerEndpoint;
import dev.langgraph.interop.scenarios.Clients;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Jetty gateway ({@code LangGraphAuthFilter} in gateway mode, {@link PeerAuthRules}) in front of the real JS
 * server without auth: what the server stores is what the handlers authorized, searches are narrowed by the
 * filter, run streams pass through as they come, and an unreachable server never means an unchecked request.
 */
@ExtendWith(RealServerExtension.class)
class GatewayInteropTest {

    private final ServerEndpoint server;
    private JettyGateway gateway;
    private LangGraphClient alice;
    private LangGraphClient bob;
    private LangGraphClient direct;
    private final String tag = "gw-" + UUID.randomUUID();

    GatewayInteropTest(ServerEndpoint server) {
        this.server = server;
    }

    @BeforeEach
    void start() throws Exception {
        gateway = JettyGateway.start(PeerAuthRules.auth(), server.baseUri());
        alice = client(PeerAuthRules.ALICE_TOKEN);
        bob = client(PeerAuthRules.BOB_TOKEN);
        direct = Clients.of(server);
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        direct.close();
        gateway.close();
    }

    private LangGraphClient client(String token) {
        return LangGraphClient.builder().baseUrl(gateway.baseUrl()).noApiKey()
                .header("Authorization", "Bearer " + token).build();
    }

    @Test
    void theServerStoresWhatTheHandlersAuthorized() {
        Thread created = alice.threads().create(ThreadCreateParams.builder()
                .metadata(Map.of("tag", tag, "owner", "bob")).build());
        alice.threads().update(created.threadId(), ThreadUpdateParams.of(Map.of("owner", "mallory")));

        // read behind the gateway's back: the server has no auth
        assertThat(direct.threads().get(created.threadId()).metadata()).isEqualTo(Map.of("tag", tag, "owner",
                "alice"));
    }

    @Test
    void searchesThroughTheGatewaySeeOnlyTheCallersThreads() {
        Thread alices = alice.threads().create(ThreadCreateParams.builder().metadata(Map.of("tag", tag)).build());
        Thread bobs = bob.threads().create(ThreadCreateParams.builder().metadata(Map.of("tag", tag)).build());
        ThreadSearchParams byTag = ThreadSearchParams.builder().metadata(Map.of("tag", tag)).build();

        assertThat(direct.threads().search(byTag)).extracting(Thread::threadId)
                .containsExactlyInAnyOrder(alices.threadId(), bobs.threadId());
        assertThat(bob.threads().search(byTag)).extracting(Thread::threadId).containsExactly(bobs.threadId());
        assertThat(alice.threads().search(byTag)).extracting(Thread::threadId).containsExactly(alices.threadId());
    }

    @Test
    void aRunStreamPassesThroughAsItComes() {
        String threadId = alice.threads().create(ThreadCreateParams.builder().metadata(Map.of("tag", tag)).build())
                .threadId();
        RunParams slow = RunParams.builder().input(Map.of("delay_ms", 1500)).streamMode(StreamMode.UPDATES).build();

        List<String> events = new ArrayList<>();
        try (RunStream stream = alice.runs().stream(threadId, "slow", slow)) {
            Iterator<StreamPart> parts = stream.iterator();
            StreamPart first = parts.next();
            String runId = first.dataAsMap().get("run_id").toString();
            // the first event arrived while the run is still going: the gateway did not buffer the stream
            assertThat(direct.runs().get(threadId, runId).status()).isIn(RunStatus.PENDING, RunStatus.RUNNING);
            events.add(first.event());
            parts.forEachRemaining(p -> events.add(p.event()));
        }

        assertThat(events).containsExactly("metadata", "updates", "updates", "updates");
    }

    @Test
    void bobsRunOnAlicesThreadNeverReachesTheServer() {
        String threadId = alice.threads().create(ThreadCreateParams.builder().metadata(Map.of("tag", tag)).build())
                .threadId();

        assertThatThrownBy(() -> bob.runs().create(threadId, "counter", RunParams.builder()
                .input(Map.of("count", 0)).build()))
                .isInstanceOfSatisfying(ApiStatusException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
        assertThat(direct.runs().list(threadId)).isEmpty();
    }

    @Test
    void anUnreachableServerIsABadGatewayNotAnUncheckedRequest() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (JettyGateway nowhere = JettyGateway.start(PeerAuthRules.auth(),
                URI.create("http://127.0.0.1:" + closedPort));
                LangGraphClient viaNowhere = LangGraphClient.builder().baseUrl(nowhere.baseUrl()).noApiKey()
                        .header("Authorization", "Bearer " + PeerAuthRules.BOB_TOKEN).retryPolicy(RetryPolicy.NONE).build()) {
            assertThatThrownBy(() -> viaNowhere.threads().update(UUID.randomUUID().toString(),
                    ThreadUpdateParams.of(Map.of("k", 1))))
                    .isInstanceOfSatisfying(ApiStatusException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(502);
                        assertThat(e.detail()).isEqualTo("Bad Gateway");
                    });
        }
    }
}
