package dev.langgraph.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Dispatches requests on method and path pattern ({@code /threads/{thread_id}/runs}); literal segments win over
 * parameters. Unknown paths answer 404, known paths with another method 405 (Starlette's behaviour), and an
 * unexpected exception 500 {@code {"detail": "Internal Server Error"}} without a stack trace.
 */
public final class Router implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final List<Route> routes = new ArrayList<>();
    private volatile Gate gate;

    private static final class Route {
        final String method;
        final String[] segments;
        final Handler handler;
        final int literals;

        Route(String method, String pattern, Handler handler) {
            this.method = method;
            this.segments = split(pattern);
            this.handler = handler;
            int n = 0;
            for (String s : segments) {
                n += s.startsWith("{") ? 0 : 1;
            }
            this.literals = n;
        }

        Map<String, String> match(String[] path) {
            if (path.length != segments.length) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < path.length; i++) {
                String s = segments[i];
                if (s.startsWith("{")) {
                    params.put(s.substring(1, s.length() - 1), path[i]);
                } else if (!s.equals(path[i])) {
                    return null;
                }
            }
            return params;
        }
    }

    /**
     * Registers a route.
     *
     * @param method the HTTP method
     * @param pattern the path pattern
     * @param handler the code
     * @return this router
     */
    public Router add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, pattern, handler));
        routes.sort(Comparator.comparingInt((Route r) -> -r.literals));
        return this;
    }

    /**
     * A registered route.
     *
     * @param method the HTTP method
     * @param pattern the path pattern, e.g. {@code /threads/{thread_id}/runs}
     */
    public record Endpoint(String method, String pattern) {
    }

    /**
     * Returns the registered routes (for the server's OpenAPI document).
     *
     * @return the routes, literal-heavy patterns first
     */
    public List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>();
        for (Route r : routes) {
            out.add(new Endpoint(r.method, "/" + String.join("/", r.segments)));
        }
        return out;
    }

    /**
     * Sets the gate every request passes before routing (the server's auth).
     *
     * @param gate the gate, null for none
     * @return this router
     */
    public Router gate(Gate gate) {
        this.gate = gate;
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            reply = dispatch(exchange);
        } catch (HttpError e) {
            reply = Reply.error(e);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Fake LangGraph server failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI(), e);
            reply = Reply.error(HttpError.of(500, "Internal Server Error"));
        }
        try {
            drain(exchange);
            reply.send(exchange);
        } catch (IOException e) {
            exchange.close(); // the client went away
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Fake LangGraph server failed while answering " + exchange.getRequestURI(), e);
            exchange.close();
        }
    }

    private Reply dispatch(HttpExchange exchange) {
        Gate g = gate;
        if (g == null) {
            return route(exchange, null, Supplier::get);
        }
        byte[] body;
        try {
            body = exchange.getRequestBody().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Gate.Passage passage = g.enter(exchange, body);
        if (passage.refusal() != null) {
            return passage.refusal();
        }
        return route(exchange, passage, passage.around());
    }

    private Reply route(HttpExchange exchange, Gate.Passage passage, Gate.Around around) {
        String[] path = split(exchange.getRequestURI().getRawPath());
        Set<String> allowed = new LinkedHashSet<>();
        for (Route r : routes) {
            Map<String, String> params = r.match(path);
            if (params == null) {
                continue;
            }
            if (!r.method.equals(exchange.getRequestMethod())) {
                allowed.add(r.method);
                continue;
            }
            params.replaceAll((k, v) -> URLDecoder.decode(v.replace("+", "%2B"), StandardCharsets.UTF_8));
            Request request = passage == null ? new Request(exchange, params)
                    : new Request(exchange, params, passage.body(), passage.query());
            return around.run(() -> r.handler.handle(request));
        }
        if (!allowed.isEmpty()) {
            return Reply.error(HttpError.of(405, "Method Not Allowed")).header("Allow", String.join(", ", allowed));
        }
        throw HttpError.notFound();
    }

    private static void drain(HttpExchange exchange) {
        try {
            exchange.getRequestBody().readAllBytes();
        } catch (IOException ignored) {
            // nothing to drain
        }
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }
}
