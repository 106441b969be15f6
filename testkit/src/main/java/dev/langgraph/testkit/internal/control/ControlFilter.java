package dev.langgraph.testkit.internal.control;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import dev.langgraph.testkit.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sits in front of the routes: records every request (body included) in the {@link RequestLog}, then applies the
 * first matching fault of the {@link FaultQueue}: a delay, a status answer without handling, a closed connection,
 * or a body cut short. A dropped connection is made by failing the exchange, which makes the JDK server close the
 * socket without finishing the response.
 */
public final class ControlFilter extends Filter {

    /**
     * How long a cut answer stays open after its last bytes before the connection drops. HTTP clients report a
     * broken connection as soon as they notice it, even with received data not read yet; the pause lets them
     * deliver what was sent first, as when a real connection breaks some time after the last event.
     */
    private static final Duration CUT_GRACE = Duration.ofMillis(200);

    private final RequestLog requests;
    private final FaultQueue faults;

    /**
     * Creates the filter.
     *
     * @param requests where requests are recorded
     * @param faults the pending faults
     */
    public ControlFilter(RequestLog requests, FaultQueue faults) {
        this.requests = requests;
        this.faults = faults;
    }

    @Override
    public String description() {
        return "LangGraph testkit request capture and fault injection";
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        exchange.setStreams(new ByteArrayInputStream(body), null);
        String path = exchange.getRequestURI().getRawPath();
        requests.add(new CapturedRequest(requests.nextSequence(), exchange.getRequestMethod(), path,
                exchange.getRequestURI().getRawQuery(), headers(exchange), body, Instant.now()));
        FaultSpec fault = faults.take(exchange.getRequestMethod(), path);
        if (fault == null) {
            chain.doFilter(exchange);
            return;
        }
        sleep(fault.delay());
        if (fault.closeConnection()) {
            throw new IOException("Connection closed by an injected fault");
        }
        if (fault.status() > 0) {
            answer(exchange, fault);
            return;
        }
        if (!fault.cuts()) {
            chain.doFilter(exchange);
            return;
        }
        CuttingOutputStream out = new CuttingOutputStream(exchange.getResponseBody(), fault);
        exchange.setStreams(null, out);
        chain.doFilter(exchange);
        if (out.isCut()) {
            sleep(CUT_GRACE);
            throw new IOException("Response cut by an injected fault");
        }
    }

    private static void answer(HttpExchange exchange, FaultSpec fault) throws IOException {
        byte[] json = Json.bytes(Json.obj("detail", fault.detail()));
        if (fault.retryAfter() != null) {
            long seconds = (fault.retryAfter().toMillis() + 999) / 1000;
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(seconds));
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(fault.status(), json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private static void sleep(Duration duration) {
        if (!duration.isZero()) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        return headers;
    }
}
