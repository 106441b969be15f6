package dev.langgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Benchmark 2, end-to-end streaming: consumes {@code runs.stream} from the replay server, repeatedly, and
 * reports events/s over a fixed measuring window after a warm-up (the given seconds, then until the JIT
 * compiler is done, see {@link JitSettling}).
 *
 * <p>Usage: {@code StreamThroughput <baseUrl> <consumer> <kind> <warmupSeconds> <measureSeconds>}, consumer one
 * of {@code httpclient5}, {@code vertx} (this SDK) or {@code naive} (JDK HttpClient + readLine + Jackson).
 */
public final class StreamThroughput {

    /** The longest wait for the JIT after the fixed warm-up. */
    private static final double MAX_SETTLING_SECONDS = 20;

    private StreamThroughput() {
    }

    interface Consumer {
        long consume() throws Exception;
    }

    /**
     * Consumes the stream repeatedly and records events/s in the TSV named by {@code -Dbench.out}.
     *
     * @param args as in the class comment's usage line
     * @throws Exception if the measurement cannot run; the run script records the step as failed
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String consumer = args[1];
        Streams.Kind kind = Streams.Kind.of(args[2]);
        double warmup = Double.parseDouble(args[3]);
        double measure = Double.parseDouble(args[4]);
        long expected = ReplayServer.events(kind) + 1;
        Consumer c;
        AutoCloseable closer;
        if (consumer.equals("naive")) {
            Naive naive = new Naive(baseUrl, kind);
            c = naive::consume;
            closer = () -> { };
        } else {
            LangGraphClient client = Clients.sdk(consumer, baseUrl, 16);
            RunParams params = RunParams.builder().streamMode(SseDecodeBenchmark.mode(kind)).build();
            c = () -> {
                long n = 0;
                try (RunStream s = client.runs().stream(kind.id(), "agent", params)) {
                    for (StreamPart part : s) {
                        if (part.data() != null) {
                            n++;
                        }
                    }
                }
                return n;
            };
            closer = client;
        }
        long end = System.nanoTime() + (long) (warmup * 1e9);
        while (System.nanoTime() < end) {
            check(c.consume(), expected);
        }
        JitSettling.warmUp(() -> {
            long stepEnd = System.nanoTime() + 1_000_000_000L;
            do {
                check(c.consume(), expected);
            } while (System.nanoTime() < stepEnd);
        }, MAX_SETTLING_SECONDS);
        long events = 0;
        int streams = 0;
        long start = System.nanoTime();
        end = start + (long) (measure * 1e9);
        do {
            events += check(c.consume(), expected);
            streams++;
        } while (System.nanoTime() < end);
        double seconds = (System.nanoTime() - start) / 1e9;
        closer.close();
        Results.record("e2e", kind.id() + "/" + consumer, "events_per_s", events / seconds);
        System.out.printf("%s %s: %d streams, %d events in %.2f s%n", consumer, kind.id(), streams, events, seconds);
    }

    private static long check(long got, long expected) {
        if (got != expected) {
            throw new IllegalStateException("expected " + expected + " events but got " + got);
        }
        return got;
    }

    /** The hand-rolled yardstick: JDK HttpClient, BufferedReader.readLine, Jackson. */
    static final class Naive {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final ObjectMapper mapper = new ObjectMapper();
        private final HttpRequest request;

        Naive(String baseUrl, Streams.Kind kind) {
            String mode = SseDecodeBenchmark.mode(kind).value();
            request = HttpRequest.newBuilder(URI.create(baseUrl + "/threads/" + kind.id() + "/runs/stream"))
                    .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"assistant_id\":\"agent\",\"stream_mode\":[\"" + mode + "\"]}"))
                    .build();
        }

        long consume() throws IOException, InterruptedException {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long n = 0;
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            Object parsed = mapper.readValue(data.toString(), Object.class);
                            if (parsed != null) {
                                n++;
                            }
                            data.setLength(0);
                        }
                    } else if (line.startsWith("data:")) {
                        data.append(line, line.length() > 5 && line.charAt(5) == ' ' ? 6 : 5, line.length());
                    }
                }
            }
            return n;
        }
    }
}
