package dev.langgraph.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tiny HTTP + JSON + SSE client for the tests (plain JDK HttpClient and Jackson, no SDK). */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Resp(int status, HttpHeaders headers, String body) {
        Object json() {
            try {
                return JSON.readValue(body, Object.class);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) json();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String detail() {
            return (String) map().get("detail");
        }
    }

    record Event(String event, String data, String id) {
        Object json() {
            try {
                return JSON.readValue(data, Object.class);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + data, e);
            }
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json();
        }
    }

    /** Casts a JSON object for assertions. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object jsonObject) {
        return (Map<String, Object>) jsonObject;
    }

    /** Casts a JSON array for assertions. */
    @SuppressWarnings("unchecked")
    static List<Object> objects(Object jsonArray) {
        return (List<Object>) jsonArray;
    }

    /** Creates a thread and returns its id. */
    String newThread() {
        return (String) post("/threads", Map.of()).map().get("thread_id");
    }

    /** Streams a run on a new thread ({@code POST /threads/{id}/runs/stream}). */
    List<Event> streamRun(Map<String, Object> body) {
        return stream("POST", "/threads/" + newThread() + "/runs/stream", body);
    }

    Resp get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Resp post(String path, Object body, String... headers) {
        return send("POST", path, body, headers);
    }

    Resp patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    Resp put(String path, Object body) {
        return send("PUT", path, body);
    }

    Resp delete(String path) {
        return send("DELETE", path, null);
    }

    Resp delete(String path, Object body) {
        return send("DELETE", path, body);
    }

    /** Sends a request; a String body is sent as is, anything else as JSON. */
    Resp send(String method, String path, Object body, String... headers) {
        try {
            HttpResponse<String> r = client.send(request(method, path, body, headers),
                    HttpResponse.BodyHandlers.ofString());
            return new Resp(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Opens a streaming response; the caller reads it with {@link SseReader}. */
    HttpResponse<InputStream> open(String method, String path, Object body, String... headers) {
        try {
            return client.send(request(method, path, body, headers), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Reads a whole SSE response. */
    List<Event> stream(String method, String path, Object body, String... headers) {
        HttpResponse<InputStream> r = open(method, path, body, headers);
        try (SseReader reader = new SseReader(r.body())) {
            List<Event> events = new ArrayList<>();
            for (Event e = reader.next(); e != null; e = reader.next()) {
                events.add(e);
            }
            return events;
        }
    }

    private HttpRequest request(String method, String path, Object body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text;
            try {
                text = body instanceof String ? (String) body : JSON.writeValueAsString(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        return b.build();
    }

    /** Parses SSE incrementally (event/data/id lines, blank line ends an event, comments skipped). */
    static final class SseReader implements AutoCloseable {
        private final BufferedReader in;

        SseReader(InputStream in) {
            this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        /** Returns the next event, or {@code null} at the end of the stream. */
        Event next() {
            String event = null;
            String data = null;
            String id = null;
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isEmpty()) {
                        if (event != null || data != null) {
                            return new Event(event, data, id);
                        }
                        continue;
                    }
                    if (line.startsWith(":")) {
                        continue;
                    }
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).stripLeading();
                    switch (field) {
                        case "event":
                            event = value;
                            break;
                        case "data":
                            data = data == null ? value : data + "\n" + value;
                            break;
                        case "id":
                            id = value;
                            break;
                        default:
                            break;
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // closing a finished stream
            }
        }
    }
}
