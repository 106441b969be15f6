package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.DaemonThreads;
import dev.langgraph.testkit.internal.engine.RunEnd;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.ServerClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends a run's webhook when it ends, as the Python server does: a POST of the run's JSON plus {@code status},
 * {@code run_started_at}, {@code run_ended_at}, {@code webhook_sent_at}, {@code values} (the thread's state after the
 * run) and {@code error} (the message of a failed run). A webhook given as a path ({@code /hooks/x}) goes to this
 * server. Failures are logged only.
 */
final class Webhooks implements Consumer<RunEnd>, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Webhooks.class.getName());

    private final Supplier<String> baseUrl;
    private final ServerClock clock;
    private final ExecutorService executor =
            Executors.newCachedThreadPool(DaemonThreads.named("langgraph-fake-webhook-"));
    private volatile HttpClient client;

    Webhooks(Supplier<String> baseUrl, ServerClock clock) {
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public void accept(RunEnd end) {
        Object webhook = end.run().kwargs.get("webhook");
        if (!(webhook instanceof String)) {
            return;
        }
        String url = ((String) webhook).startsWith("/") ? baseUrl.get() + webhook : (String) webhook;
        Map<String, Object> payload = Json.copyMap(end.json());
        payload.put("run_started_at", ServerClock.format(end.run().startedAt));
        payload.put("run_ended_at", ServerClock.format(end.endedAt()));
        payload.put("webhook_sent_at", ServerClock.format(clock.now()));
        payload.put("values", end.values());
        if (end.run().error != null) {
            payload.put("error", end.run().error.get("message"));
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(payload))).build();
            client().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null) {
                    LOG.log(System.Logger.Level.WARNING, "Webhook " + url + " failed", e);
                }
            });
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Invalid webhook URL " + url, e);
        }
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().executor(executor).connectTimeout(Duration.ofSeconds(10))
                            .build();
                }
                c = client;
            }
        }
        return c;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
