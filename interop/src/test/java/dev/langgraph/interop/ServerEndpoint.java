package dev.langgraph.interop;

import dev.langgraph.testkit.FakeLangGraphServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A running LangGraph server that tests talk to: one the harness started ({@link LangGraphServer}), an external
 * one named by {@code LANGGRAPH_INTEROP_URL} / {@code LANGGRAPH_INTEROP_AUTH_URL}, or, with
 * {@code -Dinterop.target=fake}, the testkit's in-JVM {@link FakeLangGraphServer} ({@link #kind()}).
 *
 * <p>The servers are shared by every test in the JVM, so tests must not depend on an empty server unless
 * they call {@link #reset()} first; prefer creating fresh threads/assistants and filtering on their ids.
 */
public final class ServerEndpoint {

    private static final String TRUNCATE_ALL =
            "{\"runs\":true,\"threads\":true,\"assistants\":true,\"checkpointer\":true,\"store\":true}";

    private final ServerConfig config;
    private final String baseUrl;
    private final LangGraphServer server;
    private final FakeLangGraphServer fake;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    ServerEndpoint(ServerConfig config, String baseUrl, LangGraphServer server) {
        this.config = Objects.requireNonNull(config, "config");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.server = server;
        this.fake = null;
    }

    ServerEndpoint(ServerConfig config, FakeLangGraphServer fake) {
        this.config = Objects.requireNonNull(config, "config");
        this.fake = Objects.requireNonNull(fake, "fake");
        this.baseUrl = fake.baseUrl();
        this.server = null;
    }

    /**
     * The kind of server behind this endpoint.
     *
     * @return {@link InteropTarget#FAKE} for the testkit's fake, else {@link InteropTarget#REAL}
     */
    public InteropTarget kind() {
        return fake == null ? InteropTarget.REAL : InteropTarget.FAKE;
    }

    /**
     * Whether this is the testkit's fake, which follows the Python server where the JS server differs.
     *
     * @return true for {@link InteropTarget#FAKE}
     */
    public boolean isFake() {
        return fake != null;
    }

    /**
     * The configuration this server runs.
     *
     * @return the configuration
     */
    public ServerConfig config() {
        return config;
    }

    /**
     * The base URL, without a trailing slash, for the SDK's client builder.
     *
     * @return e.g. {@code "http://127.0.0.1:41234"}
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The base URL as a URI.
     *
     * @return the base URI
     */
    public URI baseUri() {
        return URI.create(baseUrl);
    }

    /**
     * An absolute URI for a server path.
     *
     * @param path a path starting with {@code /}, optionally with a query, e.g. {@code "/threads/search"}
     * @return the URI on this server
     */
    public URI uri(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        return URI.create(baseUrl + path);
    }

    /**
     * Whether the server came from the environment rather than from this JVM.
     *
     * @return true for {@code LANGGRAPH_INTEROP_URL} / {@code LANGGRAPH_INTEROP_AUTH_URL} servers; false for the
     *     ones this JVM started, the fake included
     */
    public boolean external() {
        return server == null && fake == null;
    }

    /**
     * The server's log file, to attach to failure messages.
     *
     * @return the log file, or empty for an external server and for the fake (it logs through SLF4J, into the
     *     test output)
     */
    public Optional<Path> logFile() {
        return Optional.ofNullable(server).map(LangGraphServer::logFile);
    }

    /**
     * Deletes all runs, threads, checkpoints, store items and user-created assistants, through the JS
     * server's test-only {@code POST /internal/truncate}. The seven system assistants (one per graph) stay.
     * On the auth server the request is sent as {@code alice}. On the fake, {@link FakeLangGraphServer#reset()}
     * does the same (and also forgets crons, recorded requests and pending faults).
     *
     * @throws IllegalStateException if the server does not answer 2xx
     */
    public void reset() {
        if (fake != null) {
            fake.reset();
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/internal/truncate"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TRUNCATE_ALL));
        if (config == ServerConfig.AUTH) {
            request.header("Authorization", AuthTokens.bearer(AuthTokens.ALICE));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST /internal/truncate on " + baseUrl + " answered "
                        + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("POST /internal/truncate on " + baseUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting " + baseUrl, e);
        }
    }

    /** Names the configuration and base URL, for test output. */
    @Override
    public String toString() {
        String kind = external() ? " external" : isFake() ? " fake" : "";
        return "ServerEndpoint[" + config.id() + " " + baseUrl + kind + "]";
    }
}
