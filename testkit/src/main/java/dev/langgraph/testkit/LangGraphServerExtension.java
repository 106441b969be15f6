package dev.langgraph.testkit;

import dev.langgraph.auth.Auth;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.testkit.graph.Graph;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link FakeLangGraphServer}, in the style of WireMock's extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();
 *
 * @Test
 * void streams() {
 *     URI base = URI.create(server.baseUrl());
 *     ...
 * }
 * }</pre>
 *
 * <p>As a {@code static} field the server starts before all tests and stops after them; as an instance field it
 * starts and stops around each test. State is reset before each test unless {@link Builder#keepStateBetweenTests()}
 * was chosen. Test methods may also declare a {@link FakeLangGraphServer} parameter.
 */
public final class LangGraphServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final FakeLangGraphServer.Builder serverBuilder;
    private final boolean resetBeforeEach;
    private FakeLangGraphServer server;
    private boolean perTest;

    private LangGraphServerExtension(Builder b) {
        this.serverBuilder = b.server;
        this.resetBeforeEach = b.resetBeforeEach;
    }

    /**
     * Starts configuring an extension.
     *
     * @return a builder (reference graphs, free port, state reset per test, unless configured otherwise)
     */
    public static Builder newInstance() {
        return new Builder();
    }

    /**
     * Returns the running server.
     *
     * @return the server
     * @throws IllegalStateException outside a test's lifecycle (before start or after stop)
     */
    public synchronized FakeLangGraphServer server() {
        if (server == null || !server.isRunning()) {
            throw new IllegalStateException("The fake LangGraph server runs only while tests run");
        }
        return server;
    }

    /**
     * Returns the server's base URL.
     *
     * @return {@code http://127.0.0.1:<port>}
     * @throws IllegalStateException outside a test's lifecycle
     */
    public String baseUrl() {
        return server().baseUrl();
    }

    /**
     * Builds a client for the server with the transport found on the class path (see
     * {@link FakeLangGraphServer#client()}). The caller closes it.
     *
     * @return a new client
     * @throws IllegalStateException outside a test's lifecycle
     * @throws dev.langgraph.client.errors.LangGraphException if no transport is on the class path
     */
    public LangGraphClient client() {
        return server().client();
    }

    /**
     * Starts the server (static registration).
     *
     * @param context the JUnit context
     */
    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server == null || !server.isRunning()) {
            server = serverBuilder.start();
        }
    }

    /**
     * Starts the server for this test (instance registration) or resets its state.
     *
     * @param context the JUnit context
     */
    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (server == null || !server.isRunning()) {
            server = serverBuilder.start();
            perTest = true;
        } else if (resetBeforeEach) {
            server.reset();
        }
    }

    /**
     * Stops a per-test server.
     *
     * @param context the JUnit context
     */
    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (perTest && server != null) {
            server.close();
        }
    }

    /**
     * Stops the server.
     *
     * @param context the JUnit context
     */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }

    /**
     * Tells whether a test parameter is the server.
     *
     * @param parameterContext the parameter
     * @param extensionContext the JUnit context
     * @return whether the parameter's type is {@link FakeLangGraphServer}
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FakeLangGraphServer.class;
    }

    /**
     * Supplies the server to a test parameter.
     *
     * @param parameterContext the parameter
     * @param extensionContext the JUnit context
     * @return the running server
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return server();
    }

    /** Configures a {@link LangGraphServerExtension}. Not thread-safe. */
    public static final class Builder {

        private final FakeLangGraphServer.Builder server = FakeLangGraphServer.builder();
        private boolean resetBeforeEach = true;

        private Builder() {
        }

        /**
         * Sets the port (default: a free one).
         *
         * @param port the port, 0 for a free one
         * @return this builder
         * @throws IllegalArgumentException if outside 0..65535
         */
        public Builder port(int port) {
            server.port(port);
            return this;
        }

        /**
         * Registers a graph (see {@link FakeLangGraphServer.Builder#graph(String, Graph)}); without any, the
         * reference graphs are registered.
         *
         * @param graphId the graph id
         * @param graph the graph
         * @return this builder
         * @throws IllegalArgumentException if the id is blank or already registered
         */
        public Builder graph(String graphId, Graph graph) {
            server.graph(graphId, graph);
            return this;
        }

        /**
         * Registers the reference graphs next to one's own.
         *
         * @return this builder
         * @throws IllegalArgumentException if one of their ids is already registered
         */
        public Builder referenceGraphs() {
            server.referenceGraphs();
            return this;
        }

        /**
         * Sets the default {@code multitask_strategy} (see
         * {@link FakeLangGraphServer.Builder#defaultMultitaskStrategy(String)}).
         *
         * @param strategy {@code reject}, {@code interrupt}, {@code rollback} or {@code enqueue}
         * @return this builder
         * @throws IllegalArgumentException if unknown
         */
        public Builder defaultMultitaskStrategy(String strategy) {
            server.defaultMultitaskStrategy(strategy);
            return this;
        }

        /**
         * Sets the SSE heartbeat interval (see {@link FakeLangGraphServer.Builder#heartbeatInterval(Duration)}).
         *
         * @param interval the interval, zero for none
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder heartbeatInterval(Duration interval) {
            server.heartbeatInterval(interval);
            return this;
        }

        /**
         * Protects the server with a custom auth (see
         * {@link FakeLangGraphServer.Builder#auth(Auth)}).
         *
         * @param auth the handlers
         * @return this builder
         * @throws NullPointerException if auth is null
         */
        public Builder auth(Auth auth) {
            server.auth(auth);
            return this;
        }

        /**
         * Answers refused authentications with 403 as the Python server does (see
         * {@link FakeLangGraphServer.Builder#authenticationErrorsAs403(boolean)}).
         *
         * @param enabled whether to answer authentication refusals with 403
         * @return this builder
         */
        public Builder authenticationErrorsAs403(boolean enabled) {
            server.authenticationErrorsAs403(enabled);
            return this;
        }

        /**
         * Runs the server on a manual clock (see {@link FakeLangGraphServer.Builder#clock(TestClock)}); a reset
         * between tests does not move it.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if the clock is null
         */
        public Builder clock(TestClock clock) {
            server.clock(clock);
            return this;
        }

        /**
         * Chooses when background runs start (see {@link FakeLangGraphServer.Builder#backgroundRuns(BackgroundRuns)});
         * with {@link BackgroundRuns#MANUAL} a test starts them with {@link FakeLangGraphServer#runPendingRuns()}.
         *
         * @param mode the mode
         * @return this builder
         * @throws NullPointerException if mode is null
         */
        public Builder backgroundRuns(BackgroundRuns mode) {
            server.backgroundRuns(mode);
            return this;
        }

        /**
         * Keeps threads, runs and store items from one test to the next (default: reset before each test).
         *
         * @return this builder
         */
        public Builder keepStateBetweenTests() {
            this.resetBeforeEach = false;
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return the extension
         */
        public LangGraphServerExtension build() {
            return new LangGraphServerExtension(this);
        }
    }
}
