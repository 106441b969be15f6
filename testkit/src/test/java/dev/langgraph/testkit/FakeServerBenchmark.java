package dev.langgraph.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * A benchmark, not a test: start-to-first-response, heap after start, and requests per second of simple
 * requests. Run: {@code java -cp <test class path> dev.langgraph.testkit.FakeServerBenchmark [seconds] [clients]}.
 */
public final class FakeServerBenchmark {

    private FakeServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            try (FakeLangGraphServer server = FakeLangGraphServer.create().start()) {
                long started = System.nanoTime();
                http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/ok")).build(),
                        HttpResponse.BodyHandlers.ofString());
                long answered = System.nanoTime();
                System.out.printf("run %d: start() %.1f ms, start-to-first-response %.1f ms%n", i,
                        (started - t0) / 1e6, (answered - t0) / 1e6);
            }
        }
        try (FakeLangGraphServer server = FakeLangGraphServer.create().start()) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after start + GC: %.1f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
            for (String path : List.of("/ok", "/assistants/" + server.assistantId("echo"))) {
                measure(server.baseUrl() + path, seconds, clients);
            }
        }
    }

    private static void measure(String url, int seconds, int clients) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        LongAdder done = new LongAdder();
        long warmupEnd = System.nanoTime() + 1_000_000_000L;
        long end = warmupEnd + seconds * 1_000_000_000L;
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                while (System.nanoTime() < end) {
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode());
                    }
                    if (System.nanoTime() > warmupEnd) {
                        done.increment();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("%s: %.0f requests/s with %d clients%n", url.replaceFirst("http://[^/]+", ""),
                done.sum() / (double) seconds, clients);
    }
}
