package dev.langgraph.benchmarks;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.AsyncRunStream;
import dev.langgraph.client.common.StreamMode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 4a: {@code n} concurrent open streams through the async API on one transport; the replay server
 * emits one small event per second on each. Once every stream has received a tick, reports the heap used after
 * GC and the live threads of this JVM (run one JVM per transport).
 *
 * <p>Usage: {@code ConcurrentStreams <baseUrl> <transport> <streams> <timeoutSeconds>}.
 */
public final class ConcurrentStreams {

    private ConcurrentStreams() {
    }

    /**
     * Opens the streams, measures heap and threads, and records them in the TSV named by {@code -Dbench.out}.
     *
     * @param args as in the class comment's usage line
     * @throws Exception if the measurement cannot run; the run script records the step as failed
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String transport = args[1];
        int n = Integer.parseInt(args[2]);
        long timeout = Long.parseLong(args[3]);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long heapBefore = Results.usedHeapAfterGc();
        LangGraphClient client = Clients.sdk(transport, baseUrl, n + 16);
        RunParams params = RunParams.builder().streamMode(StreamMode.CUSTOM).build();
        AtomicInteger ticked = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        List<AsyncRunStream> streams = new ArrayList<>(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            AsyncRunStream s = client.async().runs().stream("slow", "agent", params);
            boolean[] seen = new boolean[1];
            s.subscribe(part -> {
                events.incrementAndGet();
                if (!seen[0] && part.event().equals("custom")) {
                    seen[0] = true;
                    ticked.incrementAndGet();
                }
            }).whenComplete((v, e) -> {
                if (e != null) {
                    failed.incrementAndGet();
                }
            });
            streams.add(s);
        }
        long deadline = start + timeout * 1_000_000_000L;
        while (ticked.get() + failed.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        double openSeconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(2_000); // let every stream take a couple more ticks while we look
        int threads = ManagementFactory.getThreadMXBean().getThreadCount();
        long heap = Results.usedHeapAfterGc();
        String subject = transport + " (" + n + " streams)";
        Results.record("concurrency", subject, "streams_live", ticked.get());
        Results.record("concurrency", subject, "streams_failed", failed.get());
        Results.record("concurrency", subject, "heap_used_mb", heap / 1048576.0);
        Results.record("concurrency", subject, "heap_delta_mb", (heap - heapBefore) / 1048576.0);
        Results.record("concurrency", subject, "live_threads", threads);
        Results.record("concurrency", subject, "threads_before_client", threadsBefore);
        Results.record("concurrency", subject, "seconds_to_all_ticking", openSeconds);
        System.out.printf("%s: %d/%d streams ticking, %d failed, %d events%n", transport, ticked.get(), n,
                failed.get(), events.get());
        streams.forEach(AsyncRunStream::cancel);
        client.close();
        System.exit(0);
    }
}
