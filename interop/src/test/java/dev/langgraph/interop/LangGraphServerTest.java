package dev.langgraph.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle of a single {@link LangGraphServer}, independent of the servers shared through
 * {@link RealServerExtension}: it has its own port and state, so stopping and resetting it cannot disturb
 * other tests.
 */
class LangGraphServerTest {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void stopEndsTheWholeProcessGroupAndFreesThePort() throws Exception {
        assumeLocalServersPossible();
        LangGraphServer server = LangGraphServer.start(ServerConfig.DEFAULT);
        long pid = server.pid();
        int port = server.port();
        try {
            assertThat(port).isNotEqualTo(2024);
            assertThat(ProcessGroups.groupOf(pid)).hasValue(pid);
            // CLI -> tsx -> server: the group must hold more than the process we launched.
            assertThat(ProcessHandle.of(pid).orElseThrow().descendants().count()).isGreaterThanOrEqualTo(2);
            assertThat(server.logFile()).startsWith(InteropSettings.buildDir());

            ServerEndpoint endpoint = new ServerEndpoint(ServerConfig.DEFAULT, server.baseUrl(), server);
            assertThat(post(endpoint, "/threads", "{}").statusCode()).isEqualTo(200);
            assertThat(post(endpoint, "/threads/count", "{}").body().strip()).isEqualTo("1");
            endpoint.reset();
            assertThat(post(endpoint, "/threads/count", "{}").body().strip()).isEqualTo("0");
            assertThat(post(endpoint, "/assistants/count", "{}").body().strip()).isEqualTo("7");
        } finally {
            server.stop();
        }

        assertThat(server.isRunning()).isFalse();
        assertThat(ProcessGroups.isAlive(pid)).isFalse();
        assertThat(portAcceptsConnections(port)).isFalse();
        server.stop(); // idempotent
    }

    private HttpResponse<String> post(ServerEndpoint endpoint, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(endpoint.uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean portAcceptsConnections(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    private static void assumeLocalServersPossible() {
        assumeTrue(InteropSettings.externalUrl(ServerConfig.DEFAULT).isEmpty(),
                "LANGGRAPH_INTEROP_URL is set: the harness starts no servers of its own");
        boolean toolsPresent = NodeToolchain.missingTools().isEmpty();
        if (InteropSettings.required()) {
            assertThat(toolsPresent).as("node and npm on PATH (-Dinterop.required=true)").isTrue();
        }
        assumeTrue(toolsPresent, "node/npm not on PATH: cannot test the server lifecycle");
    }
}
