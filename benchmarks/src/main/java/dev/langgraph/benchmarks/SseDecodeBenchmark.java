package dev.langgraph.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.common.StreamMode;
import dev.langgraph.client.internal.json.JacksonJsonCodec;
import dev.langgraph.client.internal.sse.SseDecoder;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.streaming.StreamPart;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 1, SSE decode: one whole recorded stream per operation, held in memory.
 *
 * <ul>
 *   <li>{@code jackson}: the floor: Jackson alone parses every event's {@code data} payload from bytes.</li>
 *   <li>{@code jacksonViaString}: diagnostic: the same, after a UTF-8 String round trip of each payload.</li>
 *   <li>{@code sdkDecoder}: the SDK's decoder path, as {@code EventSource#onEvent} runs it per event:
 *       {@link SseDecoder} on 16 KB chunks, then {@code JsonCodec.read} of the data slice and a
 *       {@link StreamPart}.</li>
 *   <li>{@code sdkClient}: the public path: {@code client.runs().stream(...)} iterated, over a transport that
 *       serves the same 16 KB chunks from memory (so EventSource's inbox and state machine are included).</li>
 * </ul>
 * Every operation handles the same number of events, so the ratio of the scores is the ratio of events/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SseDecodeBenchmark {

    static final int CHUNK = 16 * 1024;

    /** The recorded stream: {@code tokens}, {@code updates} or {@code values}. */
    @Param({"tokens", "updates", "values"})
    public String kind;

    private byte[] stream;
    private List<byte[]> payloads;
    private ObjectMapper mapper;
    private JsonCodec codec;
    private LangGraphClient client;
    private RunParams params;

    /** Events per stream (metadata event included) by kind. */
    static int events(Streams.Kind kind) {
        return kind == Streams.Kind.VALUES ? 200 : 2000;
    }

    /** Builds the stream, its payloads and a client on an in-memory transport that serves it. */
    @Setup
    public void setUp() {
        Streams.Kind k = Streams.Kind.of(kind);
        stream = Streams.sse(k, events(k));
        payloads = Streams.payloads(k, events(k));
        mapper = new ObjectMapper();
        codec = JacksonJsonCodec.instance();
        client = LangGraphClient.builder().baseUrl("http://in-memory.invalid").noApiKey()
                .transport(new InMemoryTransport(stream, CHUNK)).build();
        params = RunParams.builder().streamMode(mode(k)).build();
    }

    static StreamMode mode(Streams.Kind k) {
        switch (k) {
            case TOKENS:
                return StreamMode.MESSAGES_TUPLE;
            case UPDATES:
                return StreamMode.UPDATES;
            default:
                return StreamMode.VALUES;
        }
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        client.close();
    }

    /**
     * The floor: Jackson alone parses every payload from bytes.
     *
     * @param bh sink for the results
     * @throws IOException never for these payloads
     */
    @Benchmark
    public void jackson(Blackhole bh) throws IOException {
        for (byte[] p : payloads) {
            bh.consume(mapper.readValue(p, Object.class));
        }
    }

    /**
     * Diagnostic: Jackson alone, but each payload first decoded to a String and re-encoded to bytes, as a decoder
     * that produces text data would make a JSON parser work. The gap to {@link #jackson} is the cost of that
     * round trip, which the SDK avoids.
     */
    @Benchmark
    public void jacksonViaString(Blackhole bh) throws IOException {
        for (byte[] p : payloads) {
            bh.consume(mapper.readValue(new String(p, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8),
                    Object.class));
        }
    }

    /**
     * The decoder path as {@code EventSource} runs it: SSE decoding, the JSON slice, a part.
     *
     * @param bh sink for the parts
     */
    @Benchmark
    public void sdkDecoder(Blackhole bh) {
        SseDecoder decoder = new SseDecoder(64 * 1024 * 1024);
        for (int pos = 0; pos < stream.length; pos += CHUNK) {
            ByteBuffer chunk = ByteBuffer.wrap(stream, pos, Math.min(CHUNK, stream.length - pos)).slice();
            decoder.feed(chunk, (event, bytes, offset, length, id, retry) -> {
                // Mirrors EventSource#onEvent.
                String name = event == null ? "" : event;
                Object data = bytes == null ? null : codec.read(bytes, offset, length);
                bh.consume(new StreamPart(name, data, id, codec));
            });
        }
        decoder.finish((event, bytes, offset, length, id, retry) -> bh.consume(event));
    }

    /**
     * The public path: {@code client.runs().stream(...)} iterated.
     *
     * @param bh sink for the parts
     */
    @Benchmark
    public void sdkClient(Blackhole bh) {
        try (RunStream s = client.runs().stream(Streams.THREAD_ID, "agent", params)) {
            for (StreamPart part : s) {
                bh.consume(part);
            }
        }
    }
}
