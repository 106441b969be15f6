package dev.langgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langgraph.client.LangGraphClient;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;

/**
 * Benchmark 3, request overhead: sequential {@code threads.get} / {@code threads.create} round trips against the
 * replay server's canned thread, this SDK on each transport against a raw HttpClient 5 (classic) call plus
 * Jackson parsing the body into a Map. Reports p50/p99 latency and bytes allocated per call (all threads).
 *
 * <p>Usage: {@code RequestOverhead <baseUrl> <warmupSeconds> <secondsPerRound> <rounds>}. The clients take turns
 * in every round so they share the machine's noise.
 */
public final class RequestOverhead {

    private static final String THREAD_ID = "6a1c1f4e-0000-4000-8000-00000000c0de";

    /** How long each client runs in one step of waiting for the JIT. */
    private static final double SETTLING_STEP_SECONDS = 0.2;
    /** The longest wait for the JIT after the fixed warm-up. */
    private static final double MAX_SETTLING_SECONDS = 30;

    private RequestOverhead() {
    }

    /**
     * Measures the round trips and records them in the TSV named by {@code -Dbench.out}.
     *
     * @param args {@code <baseUrl> <warmupSeconds> <secondsPerRound> <rounds>}
     * @throws Exception if the measurement cannot run; the run script records the step as failed
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        double warmup = Double.parseDouble(args[1]);
        double perRound = Double.parseDouble(args[2]);
        int rounds = Integer.parseInt(args[3]);
        ObjectMapper mapper = new ObjectMapper();
        CloseableHttpClient raw = HttpClients.createDefault();
        LangGraphClient hc5 = Clients.sdk("httpclient5", baseUrl, 16);
        LangGraphClient vertx = Clients.sdk("vertx", baseUrl, 16);
        Map<String, Callable<Object>> calls = new LinkedHashMap<>();
        calls.put("threads.get/raw-hc5+jackson", () -> {
            HttpGet get = new HttpGet(baseUrl + "/threads/" + THREAD_ID);
            get.addHeader("Accept", "application/json");
            return raw.execute(get, r -> mapper.readValue(EntityUtils.toByteArray(r.getEntity()), Map.class));
        });
        CloseableHttpAsyncClient rawAsync = HttpAsyncClients.createDefault();
        rawAsync.start();
        calls.put("threads.get/raw-hc5-async+jackson", () -> {
            SimpleHttpRequest get = SimpleRequestBuilder.get(baseUrl + "/threads/" + THREAD_ID)
                    .addHeader("Accept", "application/json").build();
            return mapper.readValue(rawAsync.execute(get, null).get().getBodyBytes(), Map.class);
        });
        Vertx vx = Vertx.vertx();
        WebClient web = WebClient.create(vx);
        calls.put("threads.get/raw-vertx+jackson", () -> {
            byte[] bytes = web.getAbs(baseUrl + "/threads/" + THREAD_ID).putHeader("Accept", "application/json")
                    .send().toCompletionStage().toCompletableFuture().get().body().getBytes();
            return mapper.readValue(bytes, Map.class);
        });
        calls.put("threads.get/sdk-httpclient5", () -> hc5.threads().get(THREAD_ID));
        calls.put("threads.get/sdk-vertx", () -> vertx.threads().get(THREAD_ID));
        calls.put("threads.create/raw-hc5+jackson", () -> {
            HttpPost post = new HttpPost(baseUrl + "/threads");
            post.addHeader("Accept", "application/json");
            post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(Map.of()), ContentType.APPLICATION_JSON));
            return raw.execute(post, r -> mapper.readValue(EntityUtils.toByteArray(r.getEntity()), Map.class));
        });
        calls.put("threads.create/raw-vertx+jackson", () -> {
            byte[] bytes = web.postAbs(baseUrl + "/threads").putHeader("Accept", "application/json")
                    .putHeader("Content-Type", "application/json")
                    .sendBuffer(Buffer.buffer(mapper.writeValueAsBytes(Map.of())))
                    .toCompletionStage().toCompletableFuture().get().body().getBytes();
            return mapper.readValue(bytes, Map.class);
        });
        calls.put("threads.create/sdk-httpclient5", () -> hc5.threads().create());
        calls.put("threads.create/sdk-vertx", () -> vertx.threads().create());

        for (Callable<Object> c : calls.values()) {
            run(c, warmup, null);
        }
        JitSettling.warmUp(() -> {
            for (Callable<Object> c : calls.values()) {
                run(c, SETTLING_STEP_SECONDS, null);
            }
        }, MAX_SETTLING_SECONDS);
        Map<String, Samples> samples = new LinkedHashMap<>();
        calls.keySet().forEach(k -> samples.put(k, new Samples()));
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Callable<Object>> e : calls.entrySet()) {
                run(e.getValue(), perRound, samples.get(e.getKey()));
            }
        }
        for (Map.Entry<String, Samples> e : samples.entrySet()) {
            Samples s = e.getValue();
            long[] sorted = Arrays.copyOf(s.nanos, s.count);
            Arrays.sort(sorted);
            Results.record("latency", e.getKey(), "p50_us", sorted[sorted.length / 2] / 1e3);
            Results.record("latency", e.getKey(), "p99_us", sorted[(int) (sorted.length * 0.99)] / 1e3);
            Results.record("latency", e.getKey(), "alloc_bytes_per_call", (double) s.allocated / s.count);
        }
        hc5.close();
        vertx.close();
        raw.close();
        rawAsync.close();
        web.close();
        vx.close().toCompletionStage().toCompletableFuture().get();
    }

    static final class Samples {
        long[] nanos = new long[1 << 16];
        int count;
        long allocated;

        void add(long n) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = n;
        }
    }

    private static void run(Callable<Object> call, double seconds, Samples samples) throws Exception {
        long alloc0 = allocatedBytes();
        int n0 = samples == null ? 0 : samples.count;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long now;
        do {
            long t0 = System.nanoTime();
            if (call.call() == null) {
                throw new IllegalStateException("no result");
            }
            now = System.nanoTime();
            if (samples != null) {
                samples.add(now - t0);
            }
        } while (now < end);
        if (samples != null) {
            samples.allocated += allocatedBytes() - alloc0;
            if (samples.count == n0) {
                throw new IllegalStateException("no samples");
            }
        }
    }

    /** Bytes allocated so far by every live thread (the transports allocate on their own I/O threads). */
    static long allocatedBytes() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long a : mx.getThreadAllocatedBytes(mx.getAllThreadIds())) {
            if (a > 0) {
                total += a;
            }
        }
        return total;
    }
}
