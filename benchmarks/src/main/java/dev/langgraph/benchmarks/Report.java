package dev.langgraph.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code results.md} from one run: the JMH JSON of benchmark 1 and the tab-separated lines of the
 * harnesses. Usage: {@code Report <jmh.json> <results.tsv> <machine.txt> <command> <out.md>}.
 */
public final class Report {

    private final Map<String, Double> values = new HashMap<>();
    private final StringBuilder md = new StringBuilder();

    private Report() {
    }

    /**
     * Writes {@code results.md} from the JMH JSON and the harnesses' TSV of one run.
     *
     * @param args the JMH JSON, the TSV, the machine description, the command that ran, the output file
     * @throws Exception if a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        Report r = new Report();
        r.load(Path.of(args[0]), Path.of(args[1]));
        r.write(Files.readString(Path.of(args[2])), args[3]);
        Files.writeString(Path.of(args[4]), r.md.toString(), StandardCharsets.UTF_8);
        System.out.print(r.md);
    }

    private void load(Path jmh, Path tsv) throws Exception {
        if (Files.isRegularFile(jmh) && Files.size(jmh) > 0) {
            for (JsonNode b : new ObjectMapper().readTree(jmh.toFile())) {
                String name = b.get("benchmark").asText();
                name = name.substring(name.lastIndexOf('.') + 1);
                String kind = b.get("params").get("kind").asText();
                double opsPerSecond = b.get("primaryMetric").get("score").asDouble();
                int events = SseDecodeBenchmark.events(Streams.Kind.of(kind)) + 1;
                values.put("decode\t" + kind + "/" + name + "\tevents_per_s", opsPerSecond * events);
                double error = b.get("primaryMetric").path("scoreError").asDouble(Double.NaN);
                values.put("decode\t" + kind + "/" + name + "\terror", error * events);
            }
        }
        if (Files.isRegularFile(tsv)) {
            for (String line : Files.readAllLines(tsv)) {
                String[] f = line.split("\t");
                if (f.length == 4) {
                    values.put(f[0] + "\t" + f[1] + "\t" + f[2], Double.parseDouble(f[3]));
                }
            }
        }
    }

    private Double v(String section, String subject, String metric) {
        return values.get(section + "\t" + subject + "\t" + metric);
    }

    private static String n(Double d) {
        if (d == null) {
            return "n/a";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.format(Locale.ROOT, "%,d", d.longValue());
        }
        if (Math.abs(d) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", d);
        }
        return String.format(Locale.ROOT, "%.3g", d);
    }

    private String err(String subject) {
        Double e = v("decode", subject, "error");
        return e == null || e.isNaN() ? "" : " ± " + n((double) Math.round(e));
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f×", a / b);
    }

    private static String pct(Double a, Double b) {
        return a == null || b == null || b == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * a / b);
    }

    private static String verdict(Boolean met) {
        return met == null ? "n/a" : met ? "met" : "**missed**";
    }

    private static Boolean atLeast(Double a, Double b, double factor) {
        return a == null || b == null ? null : a >= b * factor;
    }

    private void line(String s) {
        md.append(s).append('\n');
    }

    private void write(String machine, String command) {
        line("# Benchmark results");
        line("");
        line("Produced by `" + command + "`; every ratio compares numbers measured in this same run.");
        line("");
        line("Machine:");
        line("");
        line("```");
        md.append(machine.strip()).append('\n');
        line("```");
        line("");

        line("## 1. SSE decode (in memory, events/s; JMH)");
        line("");
        line("| stream | Jackson alone (payloads from bytes) | Jackson after a String round trip (diagnostic) | ratio "
                + "| SDK decoder path | ratio | SDK `runs().stream` (public path) | ratio | target ≥ 75% (public path) |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Streams.Kind k : Streams.Kind.values()) {
            Double jackson = v("decode", k.id() + "/jackson", "events_per_s");
            String jacksonErr = err(k.id() + "/jackson");
            String decoderErr = err(k.id() + "/sdkDecoder");
            String clientErr = err(k.id() + "/sdkClient");
            String viaErr = err(k.id() + "/jacksonViaString");
            Double decoder = v("decode", k.id() + "/sdkDecoder", "events_per_s");
            Double client = v("decode", k.id() + "/sdkClient", "events_per_s");
            Double viaString = v("decode", k.id() + "/jacksonViaString", "events_per_s");
            line("| " + k.id() + " | " + n(jackson) + jacksonErr + " | " + n(viaString) + viaErr + " | "
                    + pct(viaString, jackson) + " | " + n(decoder) + decoderErr + " | " + pct(decoder, jackson) + " | "
                    + n(client) + clientErr + " | " + pct(client, jackson) + " | " + verdict(atLeast(client, jackson, 0.75)) + " |");
        }
        line("");

        line("## 2. End-to-end streaming from the local replay server (events/s)");
        line("");
        line("| stream | JS SDK | naive Java | SDK httpclient5 | SDK vertx | httpclient5 / JS | vertx / JS "
                + "| httpclient5 / naive | vertx / naive | targets (≥10× JS on tokens; ≥ naive) |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Streams.Kind k : Streams.Kind.values()) {
            Double js = v("e2e", k.id() + "/js-sdk", "events_per_s");
            Double naive = v("e2e", k.id() + "/naive", "events_per_s");
            Double hc5 = v("e2e", k.id() + "/httpclient5", "events_per_s");
            Double vx = v("e2e", k.id() + "/vertx", "events_per_s");
            StringBuilder t = new StringBuilder();
            if (k == Streams.Kind.TOKENS) {
                t.append("10× JS: hc5 ").append(verdict(atLeast(hc5, js, 10))).append(", vertx ")
                        .append(verdict(atLeast(vx, js, 10))).append("; ");
            }
            t.append("≥ naive: hc5 ").append(verdict(atLeast(hc5, naive, 1))).append(", vertx ")
                    .append(verdict(atLeast(vx, naive, 1)));
            line("| " + k.id() + " | " + n(js) + " | " + n(naive) + " | " + n(hc5) + " | " + n(vx) + " | "
                    + ratio(hc5, js) + " | " + ratio(vx, js) + " | " + ratio(hc5, naive) + " | " + ratio(vx, naive)
                    + " | " + t + " |");
        }
        line("");

        line("## 3. Request overhead (sequential round trips, µs; bytes allocated per call in all threads)");
        line("");
        line("| call | client | p50 | p99 | p50 vs raw | p50 vs its library's raw client | alloc/call "
                + "| target (p50 within 10% of raw) |");
        line("|---|---|---:|---:|---:|---:|---:|---|");
        for (String op : List.of("threads.get", "threads.create")) {
            Double rawP50 = v("latency", op + "/raw-hc5+jackson", "p50_us");
            Double rawVertxP50 = v("latency", op + "/raw-vertx+jackson", "p50_us");
            for (String c : List.of("raw-hc5+jackson", "raw-hc5-async+jackson", "raw-vertx+jackson",
                    "sdk-httpclient5", "sdk-vertx")) {
                Double p50 = v("latency", op + "/" + c, "p50_us");
                if (p50 == null && !c.startsWith("sdk")) {
                    continue; // the async HttpClient 5 yardstick is measured for threads.get only
                }
                String target = c.equals("raw-hc5+jackson") ? "(yardstick)"
                        : c.equals("raw-vertx+jackson") ? "(yardstick of sdk-vertx's library)"
                        : c.startsWith("raw") ? "(diagnostic: the asynchronous client alone)"
                        : verdict(p50 == null || rawP50 == null ? null : p50 <= rawP50 * 1.10);
                // Blocking calls on HttpClient 5 use its classic client; Vert.x has only its asynchronous one.
                String ownLibrary = c.equals("sdk-httpclient5") ? pct(p50, rawP50)
                        : c.equals("sdk-vertx") ? pct(p50, rawVertxP50) : "";
                line("| " + op + " | " + c + " | " + n(p50) + " | " + n(v("latency", op + "/" + c, "p99_us")) + " | "
                        + pct(p50, rawP50) + " | " + ownLibrary + " | "
                        + n(v("latency", op + "/" + c, "alloc_bytes_per_call")) + " | " + target + " |");
            }
        }
        line("");

        line("## 4. Concurrency and memory (one JVM per transport)");
        line("");
        line("| transport | streams ticking | failed | heap used after GC (MB) | live threads (JVM total) "
                + "| threads before client | target (vertx: ≤ 256 MB, ≤ 64 threads) |");
        line("|---|---:|---:|---:|---:|---:|---|");
        for (String t : List.of("httpclient5", "vertx")) {
            String s = t + " (1000 streams)";
            Double heap = v("concurrency", s, "heap_used_mb");
            Double threads = v("concurrency", s, "live_threads");
            Double live = v("concurrency", s, "streams_live");
            String target = !t.equals("vertx") ? "(none)"
                    : verdict(heap == null || threads == null || live == null ? null
                            : heap <= 256 && threads <= 64 && live >= 1000);
            line("| " + t + " | " + n(live) + " | " + n(v("concurrency", s, "streams_failed")) + " | " + n(heap)
                    + " | " + n(threads) + " | " + n(v("concurrency", s, "threads_before_client")) + " | " + target
                    + " |");
        }
        line("");
        line("| transport | 1 GiB stream with -Xmx64m | events | MB/s | seconds |");
        line("|---|---|---:|---:|---:|");
        for (String t : List.of("httpclient5", "vertx")) {
            String s = t + " (1 GiB, -Xmx64m)";
            Double ok = v("huge", s, "completed");
            line("| " + t + " | " + (ok == null ? "n/a" : ok == 1 ? "completed" : "**failed**") + " | "
                    + n(v("huge", s, "events")) + " | " + n(v("huge", s, "mb_per_s")) + " | "
                    + n(v("huge", s, "seconds")) + " |");
        }
        line("");

        line("## 5. Testkit vs the real JS dev server");
        line("");
        line("| server | start to first response (ms) | heap after start (MB) | resident memory (MB) "
                + "| GET /threads/{id} requests/s (2 client threads) |");
        line("|---|---:|---:|---:|---:|");
        for (String s : List.of("FakeLangGraphServer", "JS dev server (langgraphjs dev)")) {
            line("| " + s + " | " + n(v("testkit", s, "start_to_first_response_ms")) + " | "
                    + n(v("testkit", s, "heap_after_start_mb")) + " | " + n(v("testkit", s, "rss_mb")) + " | "
                    + n(v("testkit", s, "requests_per_s")) + " |");
        }
        line("");
    }
}
