package dev.langgraph.testkit.internal.routes;

import com.sun.net.httpserver.HttpExchange;
import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.RunRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Answers once a run is done ({@code /wait}, {@code /join}, {@code cancel?wait=true}): 200 JSON, preceded by
 * newline keep-alives while waiting, as the Python server does.
 */
final class WaitReply extends Reply {

    private final RunRecord run;
    private final Supplier<Object> result;
    private final long heartbeatMillis;
    private final OnDisconnect onDisconnect;

    WaitReply(RunRecord run, Supplier<Object> result, long heartbeatMillis, OnDisconnect onDisconnect) {
        super(200, null, null);
        this.run = run;
        this.result = result;
        this.heartbeatMillis = heartbeatMillis;
        this.onDisconnect = onDisconnect;
    }

    @Override
    public void send(HttpExchange exchange) throws IOException {
        headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!awaitDone(out)) {
                return;
            }
            out.write(Json.bytes(result.get()));
        } finally {
            exchange.close();
        }
    }

    private boolean awaitDone(OutputStream out) {
        long keepAlive = onDisconnect.keepAliveMillis(heartbeatMillis);
        long wait = keepAlive > 0 ? keepAlive : 60_000;
        while (true) {
            try {
                run.done.get(wait, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException stillRunning) {
                if (keepAlive > 0) {
                    try {
                        out.write('\n');
                        out.flush();
                    } catch (IOException clientGone) {
                        onDisconnect.clientGone();
                        return false;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return true;
            }
        }
    }
}
