package dev.langgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langgraph.testkit.FakeLangGraphServer;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 5, testkit: {@code FakeLangGraphServer} against the real JS dev server ({@code langgraphjs dev}).
 *
 * <ul>
 *   <li>{@code fake}: start-to-first-response (from JVM launch, so JVM boot counts as node's boot does), heap
 *       used after start, resident memory, and {@code GET /threads/{id}} requests/s;</li>
 *   <li>{@code js <interop/server dir> <work dir>}: spawns the dev server in its own process group and reports
 *       start-to-first-response, resident memory of the whole group, and the same requests/s; then stops the
 *       group.</li>
 * </ul>
 */
public final class TestkitBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestkitBench() {
    }

    /**
     * Measures one server and records it in the TSV named by {@code -Dbench.out}.
     *
     * @param args {@code fake}, or {@code js <interop server dir> <work dir>}
     * @throws Exception if the measurement cannot run; the run script records the step as failed
     */
    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
        if (args[0].equals("fake")) {
            fake(seconds);
        } else {
            js(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath(), seconds);
        }
        System.exit(0);
    }

    private static void fake(double seconds) throws Exception {
        FakeLangGraphServer server = FakeLangGraphServer.builder().referenceGraphs().start();
        String base = server.baseUrl();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        awaitOk(http, base, 30_000);
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long heap = Results.usedHeapAfterGc();
        Results.record("testkit", "FakeLangGraphServer", "start_to_first_response_ms", uptime);
        Results.record("testkit", "FakeLangGraphServer", "heap_after_start_mb", heap / 1048576.0);
        Results.record("testkit", "FakeLangGraphServer", "rss_mb", rssKb(ProcessHandle.current().pid()) / 1024.0);
        Results.record("testkit", "FakeLangGraphServer", "requests_per_s", requestsPerSecond(base, seconds));
        server.close();
    }

    private static void js(Path serverDir, Path workDir, double seconds) throws Exception {
        Files.createDirectories(workDir);
        ObjectNode config = (ObjectNode) JSON.readTree(serverDir.resolve("langgraph.json").toFile());
        ObjectNode graphs = (ObjectNode) config.get("graphs");
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = graphs.fields();
                it.hasNext(); ) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> g = it.next();
            String spec = g.getValue().asText();
            int colon = spec.lastIndexOf(':');
            Path file = serverDir.resolve(spec.substring(0, colon)).normalize();
            String rel = workDir.relativize(file).toString().replace(File.separatorChar, '/');
            g.setValue(graphs.textNode((rel.startsWith("../") ? rel : "./" + rel) + spec.substring(colon)));
        }
        Path configCopy = workDir.resolve("langgraph.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(configCopy.toFile(), config);
        Files.writeString(workDir.resolve(".gitignore"), ".langgraph_api\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder("setsid", "node",
                serverDir.resolve("node_modules/@langchain/langgraph-cli/dist/cli/cli.mjs").toString(), "dev",
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--no-browser", "--no-reload",
                "--studio-url", "http://127.0.0.1:" + port, "--config", configCopy.toString())
                .directory(serverDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("js-dev-server.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("LANGGRAPH_CLI_NO_ANALYTICS", "1");
        env.put("LANGSMITH_TRACING", "false");
        env.put("LANGCHAIN_TRACING_V2", "false");
        env.put("BROWSER", "none");
        env.put("NO_COLOR", "1");
        long t0 = System.nanoTime();
        Process p = pb.start();
        String base = "http://127.0.0.1:" + port;
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            awaitOk(http, base, 120_000);
            long startMs = (System.nanoTime() - t0) / 1_000_000;
            Results.record("testkit", "JS dev server (langgraphjs dev)", "start_to_first_response_ms", startMs);
            Results.record("testkit", "JS dev server (langgraphjs dev)", "rss_mb", groupRssKb(p.pid()) / 1024.0);
            Results.record("testkit", "JS dev server (langgraphjs dev)", "requests_per_s",
                    requestsPerSecond(base, seconds));
        } finally {
            // setsid made the node process a group leader: end the CLI, tsx and the server together.
            java.util.List<ProcessHandle> group = p.descendants().collect(java.util.stream.Collectors.toList());
            new ProcessBuilder("kill", "-s", "TERM", "--", "-" + p.pid()).inheritIO().start().waitFor();
            group.forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                new ProcessBuilder("kill", "-s", "KILL", "--", "-" + p.pid()).inheritIO().start().waitFor();
                group.forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }

    private static void awaitOk(HttpClient http, String base, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        HttpRequest ok = HttpRequest.newBuilder(URI.create(base + "/ok")).timeout(Duration.ofSeconds(2)).build();
        while (true) {
            try {
                if (http.send(ok, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("server at " + base + " did not answer /ok in time");
            }
            Thread.sleep(5);
        }
    }

    /**
     * {@code GET /threads/{id}} of one thread, from 2 client threads, each with its own keep-alive HttpClient 5
     * classic client: the cheapest load generator at hand, since it shares the 2 cores with the server.
     */
    private static double requestsPerSecond(String base, double seconds) throws Exception {
        HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String created = setup.send(HttpRequest.newBuilder(URI.create(base + "/threads"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String threadId = JSON.readTree(created).get("thread_id").asText();
        String url = base + "/threads/" + threadId;
        AtomicLong count = new AtomicLong();
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        Thread[] workers = new Thread[2];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(() -> {
                try (org.apache.hc.client5.http.impl.classic.CloseableHttpClient http =
                        org.apache.hc.client5.http.impl.classic.HttpClients.createMinimal()) {
                    while (System.nanoTime() < warmEnd) {
                        get(http, url);
                    }
                    long end = warmEnd + (long) (seconds * 1e9);
                    while (System.nanoTime() < end) {
                        get(http, url);
                        count.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers[w].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        return count.get() / seconds;
    }

    private static void get(org.apache.hc.client5.http.impl.classic.CloseableHttpClient http, String url)
            throws IOException {
        int status = http.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(url), response -> {
            org.apache.hc.core5.http.io.entity.EntityUtils.consume(response.getEntity());
            return response.getCode();
        });
        if (status != 200) {
            throw new IllegalStateException("GET " + url + " answered " + status);
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return 0;
    }

    /** The resident memory of every process in the group led by {@code pgid} (node CLI, tsx, server, esbuild). */
    private static long groupRssKb(long pgid) throws IOException {
        long total = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                String name = d.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(d.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(f[2]) == pgid) {
                        total += rssKb(Long.parseLong(name));
                    }
                } catch (IOException | RuntimeException e) {
                    // exited meanwhile
                }
            }
        }
        return total;
    }
}
