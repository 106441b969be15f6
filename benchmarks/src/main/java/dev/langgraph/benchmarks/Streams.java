package dev.langgraph.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Deterministic LangGraph run streams in the real wire format ({@code event: ...\ndata: ...\nid: N\n\n}), shaped
 * like the recordings of the JS dev server (see the interop samples 25 and 26): a {@code metadata} event, then
 * the mode's events.
 */
public final class Streams {

    /** The recorded stream shapes. */
    public enum Kind {
        /** Token-by-token {@code messages-tuple}: one AI message chunk plus the run metadata per token (~1 KB). */
        TOKENS("messages"),
        /** {@code updates}: one node's update with one message (~300 B). */
        UPDATES("updates"),
        /** {@code values}: the whole state, a conversation of ~10 KB. */
        VALUES("values");

        final String event;

        Kind(String event) {
            this.event = event;
        }

        /** @return the lower-case name used on command lines and as the replay server's thread id */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @param s a name as {@link #id()} returns it
         *  @return the kind */
        public static Kind of(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    static final String RUN_ID = "01a20d5b-dba2-7394-a95e-11fe0409b6cd";
    static final String THREAD_ID = "01a20d5b-db8e-773c-8f97-8eb909bb987a";
    private static final String[] WORDS = {"the", " graph", " streams", " tokens", " quickly", ",", " and", " each",
        " chunk", " carries", " its", " run", " metadata", ".", " LangGraph", " checkpoints", " state", " between",
        " steps", " é", " ü", " 你好", " 🙂"};

    private Streams() {
    }

    /**
     * The whole stream.
     *
     * @param kind the shape
     * @param events how many events after the metadata event
     * @return the bytes as the server sends them (without HTTP framing)
     */
    public static byte[] sse(Kind kind, int events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "metadata", "{\"run_id\":\"" + RUN_ID + "\",\"attempt\":1}", 0);
        for (int i = 1; i <= events; i++) {
            write(out, kind.event, payload(kind, i), i);
        }
        return out.toByteArray();
    }

    /**
     * The {@code data} payloads of {@link #sse} in order, including the metadata event's.
     *
     * @param kind the shape
     * @param events how many events after the metadata event
     * @return the UTF-8 JSON payloads
     */
    public static List<byte[]> payloads(Kind kind, int events) {
        List<byte[]> list = new ArrayList<>(events + 1);
        list.add(("{\"run_id\":\"" + RUN_ID + "\",\"attempt\":1}").getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= events; i++) {
            list.add(payload(kind, i).getBytes(StandardCharsets.UTF_8));
        }
        return list;
    }

    /** One SSE event block. */
    public static byte[] event(String name, String data, long id) {
        return ("event: " + name + "\ndata: " + data + "\nid: " + id + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String name, String data, long id) {
        out.writeBytes(event(name, data, id));
    }

    /**
     * The data of event {@code i}.
     *
     * @param kind the shape
     * @param i the event's number, from 1
     * @return the JSON text
     */
    public static String payload(Kind kind, int i) {
        switch (kind) {
            case TOKENS:
                return "[{\"content\":\"" + WORDS[i % WORDS.length] + "\",\"tool_calls\":[],\"invalid_tool_calls\":[],"
                        + "\"tool_call_chunks\":[],\"additional_kwargs\":{},\"response_metadata\":{},"
                        + "\"id\":\"run-01a20d5b-dc0b-7504-b3d4-13bbf54dc301\",\"type\":\"AIMessageChunk\"},"
                        + metadata(i) + "]";
            case UPDATES:
                return "{\"agent\":{\"messages\":[" + message(i, "step " + i + " done") + "]}}";
            case VALUES:
                StringBuilder sb = new StringBuilder(11_000);
                sb.append("{\"messages\":[");
                for (int m = 0; m < 24; m++) {
                    if (m > 0) {
                        sb.append(',');
                    }
                    sb.append(message(i * 100 + m, sentence(i + m, 180)));
                }
                sb.append("],\"step\":").append(i).append(",\"done\":false,\"score\":").append(i * 0.25).append('}');
                return sb.toString();
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    private static String metadata(int i) {
        return "{\"tags\":[],\"ls_integration\":\"langchain_chat_model\",\"created_by\":\"system\",\"graph_id\":\"echo\","
                + "\"assistant_id\":\"046b5dc7-2108-582c-9c6c-31d556d138f0\",\"run_attempt\":1,"
                + "\"langgraph_version\":\"1.7.3\",\"langgraph_plan\":\"developer\",\"langgraph_host\":\"self-hosted\","
                + "\"langgraph_api_url\":\"http://127.0.0.1:12024\",\"thread_id\":\"" + THREAD_ID + "\","
                + "\"run_id\":\"" + RUN_ID + "\",\"langgraph_step\":" + (1 + i / 1000) + ",\"langgraph_node\":\"echo\","
                + "\"langgraph_triggers\":[\"branch:to:echo\"],\"langgraph_path\":[\"__pregel_pull\",\"echo\"],"
                + "\"langgraph_checkpoint_ns\":\"echo:97db1b81-8a7d-5ef1-ba0e-84fe61a2afc7\","
                + "\"checkpoint_ns\":\"echo:97db1b81-8a7d-5ef1-ba0e-84fe61a2afc7\",\"ls_model_type\":\"chat\","
                + "\"ls_provider\":\"EchoChatModel\",\"versions\":{\"@langchain/core\":\"1.4.0\"}}";
    }

    private static String message(int n, String content) {
        return "{\"content\":\"" + content + "\",\"additional_kwargs\":{},\"response_metadata\":{},"
                + "\"tool_call_chunks\":[],\"tool_calls\":[],\"id\":\"run-" + String.format("%08x", n)
                + "-dc0b-7504-b3d4-13bbf54dc301\",\"invalid_tool_calls\":[],\"type\":\"" + (n % 2 == 0 ? "human" : "ai")
                + "\"}";
    }

    private static String sentence(int seed, int length) {
        StringBuilder sb = new StringBuilder(length + 16);
        int k = seed;
        while (sb.length() < length) {
            sb.append(WORDS[Math.floorMod(k * 7 + 3, WORDS.length)]);
            k++;
        }
        return sb.toString().replace("\"", "");
    }
}
