package dev.langgraph.interop.gateway;

import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthEngine;
import dev.langgraph.auth.servlet.GatewayMode;
import dev.langgraph.auth.servlet.LangGraphAuthFilter;
import dev.langgraph.auth.servlet.ResourceReader;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A Java gateway in front of a LangGraph server without auth: an embedded Jetty 12 (ee10) on a free loopback port
 * with {@link LangGraphAuthFilter} in gateway mode and a {@link ProxyServlet} to the server. Public routes are those
 * of the JS server with auth (only {@code /info}), so both answer alike.
 */
final class JettyGateway implements AutoCloseable {

    private final Server server;
    private final String baseUrl;

    private JettyGateway(Server server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a gateway.
     *
     * @param auth the rules
     * @param upstream the server's base URL
     * @return the running gateway
     * @throws Exception if Jetty does not start
     */
    static JettyGateway start(Auth auth, URI upstream) throws Exception {
        AuthEngine engine = AuthEngine.builder(auth).publicRoutes(List.of("/info")).build();
        LangGraphAuthFilter filter = LangGraphAuthFilter.builder(engine)
                .gateway(GatewayMode.of(ResourceReader.http(upstream)))
                .build();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ProxyServlet(upstream)), "/*");
        server.setHandler(context);
        server.start();
        return new JettyGateway(server, "http://127.0.0.1:" + connector.getLocalPort());
    }

    /**
     * The gateway's base URL, for the SDK client builder.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The gateway did not stop", e);
        }
    }
}
