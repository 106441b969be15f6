package dev.langgraph.benchmarks;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;

/**
 * Benchmark 4b: one 1 GiB stream of ~10 KB {@code values} events consumed with the blocking API; run it with
 * {@code -Xmx64m}, one JVM per transport. Records whether it completed, and its throughput.
 *
 * <p>Usage: {@code HugeStream <baseUrl> <transport>}.
 */
public final class HugeStream {

    private HugeStream() {
    }

    /**
     * Consumes the 1 GiB stream and records the result in the TSV named by {@code -Dbench.out}.
     *
     * @param args as in the class comment's usage line
     */
    public static void main(String[] args) {
        String baseUrl = args[0];
        String transport = args[1];
        String subject = transport + " (1 GiB, -Xmx" + Runtime.getRuntime().maxMemory() / 1048576 + "m)";
        long events = 0;
        long chars = 0;
        long start = System.nanoTime();
        boolean ok;
        try (LangGraphClient client = Clients.sdk(transport, baseUrl, 4);
                RunStream s = client.runs().stream("huge", "agent",
                        RunParams.builder().streamMode(StreamMode.VALUES).build())) {
            for (StreamPart part : s) {
                events++;
                if (part.data() instanceof java.util.Map<?, ?> m) {
                    chars += m.size();
                }
            }
            ok = events > 100_000;
        } catch (Throwable t) {
            System.out.println("FAILED after " + events + " events: " + t);
            ok = false;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Results.record("huge", subject, "completed", ok ? 1 : 0);
        Results.record("huge", subject, "events", events);
        Results.record("huge", subject, "mb_per_s", ReplayServer.HUGE_BYTES / 1048576.0 / seconds);
        Results.record("huge", subject, "seconds", seconds);
        System.out.println(transport + ": " + events + " events in " + seconds + " s " + chars);
        System.exit(ok ? 0 : 1);
    }
}
