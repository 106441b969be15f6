package dev.langgraph.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Smoke test of the harness: both servers come up and behave as {@code interop/server} says. Uses only
 * {@link HttpClient}, so it stays independent of the SDK client under test.
 */
@ExtendWith(RealServerExtension.class)
class ServerHarnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void infoReportsThePinnedServerVersion(ServerEndpoint server) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri("/info")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"version\":\"1.5.1\"");
        assertThat(JSON.readTree(response.body()).path("langgraph_js_version").asText()).isEqualTo("1.7.3");
    }

    @Test
    void statelessWaitRunsTheCounterGraph(ServerEndpoint server) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri("/runs/wait"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"assistant_id\":\"counter\",\"input\":{\"count\":0}}")));

        assertThat(response.statusCode()).isEqualTo(200);
        // The wait body may start with newline keep-alives and is sent as text/plain.
        JsonNode values = JSON.readTree(response.body().strip());
        assertThat(values).isEqualTo(JSON.readTree("{\"count\":3,\"step\":1,\"visited\":[\"add_a\",\"add_b\",\"add_c\"]}"));
    }

    @Test
    void authServerRejectsRequestsWithoutToken(@RealServer(ServerConfig.AUTH) ServerEndpoint auth) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(auth.uri("/ok")).GET());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("www-authenticate")).hasValue("Bearer");
        assertThat(response.body()).isEqualTo("Missing bearer token");
    }

    @Test
    void authServerAcceptsAlice(@RealServer(ServerConfig.AUTH) ServerEndpoint auth) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(auth.uri("/ok"))
                .header("Authorization", AuthTokens.bearer(AuthTokens.ALICE))
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void defaultAndAuthServersAreDistinct(@RealServer String defaultUrl,
            @RealServer(ServerConfig.AUTH) String authUrl) {
        assertThat(defaultUrl).startsWith("http://").isNotEqualTo(authUrl);
        assertThat(authUrl).doesNotEndWith(":2024");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
