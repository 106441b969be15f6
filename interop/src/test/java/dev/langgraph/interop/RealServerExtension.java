package dev.langgraph.interop;

import dev.langgraph.auth.PeerAuthRules;
import dev.langgraph.testkit.FakeLangGraphServer;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.opentest4j.TestAbortedException;

/**
 * JUnit 5 extension that gives tests a real LangGraph server.
 *
 * <pre>{@code
 * @ExtendWith(RealServerExtension.class)
 * class ThreadsInteropTest {
 *     @Test
 *     void createsThread(ServerEndpoint server) { ... server.baseUrl() ... }
 *
 *     @Test
 *     void ownerFilter(@RealServer(ServerConfig.AUTH) ServerEndpoint auth) { ... }
 * }
 * }</pre>
 *
 * <p>Parameters of type {@link ServerEndpoint} (default config unless annotated with {@link RealServer}), and
 * {@code String} / {@link URI} parameters annotated with {@link RealServer} (the base URL), are resolved in
 * constructors, lifecycle methods and test methods. Code without parameter injection can call
 * {@link #endpoint(ExtensionContext, ServerConfig)}.
 *
 * <p>At most one server per {@link ServerConfig} runs per JVM. It is started lazily, the first time a test
 * asks for that configuration, kept in the root extension context store and stopped when the test run ends.
 * If a start fails, every later request for that configuration fails at once with the same cause instead of
 * trying again for two minutes each time.
 *
 * <p>With {@code -Dinterop.target=fake} every configuration is served by the testkit's in-JVM
 * {@link FakeLangGraphServer} instead, with no node needed: {@link ServerConfig#DEFAULT} by one with the reference
 * graphs, {@link ServerConfig#AUTH} by one hosting {@link PeerAuthRules} (the Java twin of
 * {@code server/auth/auth.ts}). Both use the open-source servers' default {@code multitask_strategy},
 * {@code reject}, as the JS server does.
 *
 * <p>When {@code LANGGRAPH_INTEROP_URL} is set, that server is used for {@link ServerConfig#DEFAULT} and
 * {@code LANGGRAPH_INTEROP_AUTH_URL} for {@link ServerConfig#AUTH}; with only the former set, tests needing
 * the auth server are skipped. When node or npm is missing, tests needing a server are skipped (with a
 * message on stderr), or fail if {@code -Dinterop.required=true}.
 */
public final class RealServerExtension
        implements ParameterResolver, TestInstancePreConstructCallback, BeforeAllCallback, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RealServerExtension.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
    public RealServerExtension() {
    }

    /**
     * The endpoint of the server with the given configuration, starting it if this is the first request.
     *
     * @param context any extension context of the running test tree
     * @param config the configuration
     * @return the endpoint
     * @throws TestAbortedException if the server is unavailable and the test should be skipped
     * @throws IllegalStateException if the server is unavailable and that is a failure
     */
    public static ServerEndpoint endpoint(ExtensionContext context, ServerConfig config) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(config, c -> new ServerSlot(config), ServerSlot.class)
                .acquire();
    }

    // Skipping has to happen in callbacks: an exception from resolveParameter() is wrapped into a
    // ParameterResolutionException, which JUnit reports as a failure even for TestAbortedException. So each
    // callback below acquires, ahead of parameter resolution, the servers the upcoming code will ask for.

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        Set<ServerConfig> needed = EnumSet.noneOf(ServerConfig.class);
        for (Executable constructor : factoryContext.getTestClass().getDeclaredConstructors()) {
            collect(constructor, needed);
        }
        acquireAll(context, needed);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Set<ServerConfig> needed = EnumSet.noneOf(ServerConfig.class);
        collectLifecycle(context.getRequiredTestClass(), List.of(BeforeAll.class, AfterAll.class), needed);
        acquireAll(context, needed);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Set<ServerConfig> needed = EnumSet.noneOf(ServerConfig.class);
        collect(context.getRequiredTestMethod(), needed);
        collectLifecycle(context.getRequiredTestClass(), List.of(BeforeEach.class, AfterEach.class), needed);
        acquireAll(context, needed);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return configOf(parameterContext.getParameter()).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        ServerConfig config = configOf(parameter)
                .orElseThrow(() -> new ParameterResolutionException("unsupported parameter " + parameter));
        ServerEndpoint endpoint = endpoint(extensionContext, config);
        Class<?> type = parameter.getType();
        if (type == ServerEndpoint.class) {
            return endpoint;
        }
        if (type == URI.class) {
            return endpoint.baseUri();
        }
        return endpoint.baseUrl();
    }

    /** The configuration a parameter asks for, or empty if this extension does not resolve it. */
    private static Optional<ServerConfig> configOf(Parameter parameter) {
        Optional<RealServer> annotation = AnnotationSupport.findAnnotation(parameter, RealServer.class);
        Class<?> type = parameter.getType();
        if (type == ServerEndpoint.class) {
            return Optional.of(annotation.map(RealServer::value).orElse(ServerConfig.DEFAULT));
        }
        if ((type == String.class || type == URI.class) && annotation.isPresent()) {
            return Optional.of(annotation.get().value());
        }
        return Optional.empty();
    }

    private static void collect(Executable executable, Set<ServerConfig> into) {
        for (Parameter parameter : executable.getParameters()) {
            configOf(parameter).ifPresent(into::add);
        }
    }

    private static void collectLifecycle(Class<?> testClass,
            List<Class<? extends java.lang.annotation.Annotation>> annotations, Set<ServerConfig> into) {
        for (Class<? extends java.lang.annotation.Annotation> annotation : annotations) {
            for (Method method : AnnotationSupport.findAnnotatedMethods(testClass, annotation,
                    HierarchyTraversalMode.TOP_DOWN)) {
                collect(method, into);
            }
        }
    }

    private static void acquireAll(ExtensionContext context, Set<ServerConfig> configs) {
        for (ServerConfig config : configs) {
            endpoint(context, config);
        }
    }

    /**
     * The per-JVM state of one configuration: not yet requested, running, skipped or failed. Stored in the
     * root store, which closes it (stopping the server) after the last test. It implements
     * {@link AutoCloseable} rather than the {@code Store.CloseableResource} deprecated since JUnit 5.13;
     * JUnit closes both kinds.
     */
    private static final class ServerSlot implements AutoCloseable {
        private final ServerConfig config;
        private ServerEndpoint endpoint;
        private LangGraphServer server;
        private FakeLangGraphServer fake;
        private String skipReason;
        private RuntimeException failure;

        ServerSlot(ServerConfig config) {
            this.config = config;
        }

        synchronized ServerEndpoint acquire() {
            if (endpoint == null && skipReason == null && failure == null) {
                resolve();
            }
            if (endpoint != null) {
                return endpoint;
            }
            if (skipReason != null) {
                throw new TestAbortedException(skipReason);
            }
            // A fresh exception per caller gives each failing test its own stack trace; the cause is shared.
            throw new IllegalStateException(failure.getMessage(), failure);
        }

        private void resolve() {
            if (InteropSettings.target() == InteropTarget.FAKE) {
                startFake();
                return;
            }
            Optional<String> external = InteropSettings.externalUrl(config);
            if (external.isPresent()) {
                NodeToolchain.log("using external LangGraph server '" + config.id() + "' at " + external.get()
                        + " (" + config.urlEnvVar() + ")");
                endpoint = new ServerEndpoint(config, external.get(), null);
                return;
            }
            if (config != ServerConfig.DEFAULT && InteropSettings.externalUrl(ServerConfig.DEFAULT).isPresent()) {
                skipReason = ServerConfig.DEFAULT.urlEnvVar() + " is set but " + config.urlEnvVar()
                        + " is not: skipping tests that need the '" + config.id() + "' server";
                NodeToolchain.log(skipReason);
                return;
            }
            Optional<String> missing = NodeToolchain.missingTools();
            if (missing.isPresent()) {
                String message = "cannot start the real LangGraph server: " + missing.get();
                if (InteropSettings.required()) {
                    failure = new IllegalStateException(message + " (and -Dinterop.required=true)");
                } else {
                    skipReason = message + "; skipping interop tests (set -Dinterop.required=true to fail instead)";
                    shout(skipReason);
                }
                return;
            }
            try {
                server = LangGraphServer.start(config);
                endpoint = new ServerEndpoint(config, server.baseUrl(), server);
            } catch (Exception e) {
                failure = new IllegalStateException("could not start the '" + config.id()
                        + "' LangGraph server: " + e.getMessage(), e);
            }
        }

        private void startFake() {
            // reject as default strategy: the scenarios are written for the open-source servers' default
            // (the fake's own default, enqueue, is LangGraph Platform's).
            FakeLangGraphServer.Builder builder = FakeLangGraphServer.builder()
                    .referenceGraphs()
                    .defaultMultitaskStrategy("reject");
            if (config == ServerConfig.AUTH) {
                builder.auth(PeerAuthRules.auth());
            }
            try {
                fake = builder.start();
                endpoint = new ServerEndpoint(config, fake);
            } catch (RuntimeException e) {
                failure = new IllegalStateException("could not start the '" + config.id()
                        + "' fake LangGraph server: " + e.getMessage(), e);
            }
        }

        private static void shout(String message) {
            if (!WARNED.compareAndSet(false, true)) {
                return; // one banner per JVM is loud enough
            }
            String bar = "=".repeat(100);
            System.err.println(bar);
            System.err.println("[interop] WARNING: " + message);
            System.err.println(bar);
        }

        @Override
        public synchronized void close() {
            if (server != null) {
                server.stop();
            }
            if (fake != null) {
                fake.close();
            }
        }
    }
}
