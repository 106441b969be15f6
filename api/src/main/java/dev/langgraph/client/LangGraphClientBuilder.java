package dev.langgraph.client;

import dev.langgraph.client.internal.ClientConfig;
import dev.langgraph.client.internal.DefaultLangGraphClient;
import dev.langgraph.client.internal.SdkVersion;
import dev.langgraph.client.internal.TransportResolver;
import dev.langgraph.client.internal.json.JacksonJsonCodec;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportHeaders;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Configures and builds a {@link LangGraphClient} or {@link LangGraphAsyncClient}. Not thread-safe; the clients
 * it builds are.
 */
public final class LangGraphClientBuilder {

    /** The Python sync client's default. */
    static final String DEFAULT_BASE_URL = "http://localhost:8123";
    private static final String[] API_KEY_VARIABLES = {"LANGGRAPH_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"};

    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private boolean apiKeyFromEnv = true;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Timeouts timeouts = Timeouts.DEFAULT;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private HttpTransport transport;
    private JsonCodec codec;
    private Executor completionExecutor;
    private int maxStreamReconnects = 5;
    private Function<String, String> env = System::getenv;

    LangGraphClientBuilder() {
    }

    /**
     * Reads the base URL from {@code LANGGRAPH_API_URL}, when set.
     *
     * @return this builder
     * @throws IllegalArgumentException if the variable is not an http(s) URL
     */
    public LangGraphClientBuilder fromEnv() {
        String url = env.apply("LANGGRAPH_API_URL");
        if (url != null && !url.isBlank()) {
            baseUrl(url.trim());
        }
        return this;
    }

    /**
     * Sets the server's base URL, such as {@code http://localhost:2024} or a deployment URL (a path prefix is
     * kept; a trailing {@code /} is dropped).
     *
     * @param baseUrl an absolute http or https URL
     * @return this builder
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL, or has a query or fragment
     */
    public LangGraphClientBuilder baseUrl(String baseUrl) {
        this.baseUrl = validateBaseUrl(baseUrl).toString();
        return this;
    }

    /**
     * Sets the API key, sent as {@code x-api-key}; the environment is then not read.
     *
     * @param apiKey the key
     * @return this builder
     * @throws IllegalArgumentException if the key is blank or contains line breaks
     */
    public LangGraphClientBuilder apiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.indexOf('\n') >= 0 || apiKey.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("API key must be a non-blank single line; use noApiKey() for none");
        }
        this.apiKey = apiKey;
        this.apiKeyFromEnv = false;
        return this;
    }

    /**
     * Sends no API key, not even one found in the environment.
     *
     * @return this builder
     */
    public LangGraphClientBuilder noApiKey() {
        this.apiKey = null;
        this.apiKeyFromEnv = false;
        return this;
    }

    /**
     * Adds a header sent with every request (per-call headers win).
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is {@code x-api-key} (use {@link #apiKey(String)}), or the
     *     name or value is not a valid header
     */
    public LangGraphClientBuilder header(String name, String value) {
        Objects.requireNonNull(name, "name");
        if (name.toLowerCase(Locale.ROOT).equals("x-api-key")) {
            throw new IllegalArgumentException("Cannot set reserved header 'x-api-key'; use apiKey(...)");
        }
        TransportHeaders.builder().add(name, value); // validates
        headers.put(name, value);
        return this;
    }

    /**
     * Adds headers sent with every request.
     *
     * @param headers names and values
     * @return this builder
     * @throws IllegalArgumentException as {@link #header(String, String)}
     */
    public LangGraphClientBuilder headers(Map<String, String> headers) {
        headers.forEach(this::header);
        return this;
    }

    /**
     * Sets the default timeouts.
     *
     * @param timeouts the timeouts
     * @return this builder
     * @throws NullPointerException if null
     */
    public LangGraphClientBuilder timeouts(Timeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        return this;
    }

    /**
     * Sets the read (idle) timeout: the longest silence allowed on a response, streams included.
     *
     * @param read the timeout, {@link Duration#ZERO} for none
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public LangGraphClientBuilder readTimeout(Duration read) {
        this.timeouts = timeouts.withRead(read);
        return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param retryPolicy the policy, {@link RetryPolicy#NONE} to disable retries
     * @return this builder
     * @throws NullPointerException if null
     */
    public LangGraphClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * Sets how many times a broken stream is resumed with {@code Last-Event-ID} before failing (default 5).
     *
     * @param attempts the number of attempts, 0 to never resume
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public LangGraphClientBuilder maxStreamReconnects(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("maxStreamReconnects must not be negative");
        }
        this.maxStreamReconnects = attempts;
        return this;
    }

    /**
     * Uses this transport instead of discovering one. The client does not close it.
     *
     * @param transport the transport
     * @return this builder
     * @throws NullPointerException if null
     */
    public LangGraphClientBuilder transport(HttpTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return this;
    }

    /**
     * Uses this JSON codec instead of the SDK's private Jackson mapper.
     *
     * @param codec the codec
     * @return this builder
     * @throws NullPointerException if null
     */
    public LangGraphClientBuilder jsonCodec(JsonCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
        return this;
    }

    /**
     * Sets where async results and stream parts are delivered. By default the client owns a fixed pool of
     * {@code max(4, 2 × cores)} daemon threads; pass your own executor if your callbacks block for long. Never pass
     * a direct executor ({@code Runnable::run}): results would then run on I/O threads.
     *
     * @param executor the executor; the client does not shut it down
     * @return this builder
     * @throws NullPointerException if null
     */
    public LangGraphClientBuilder completionExecutor(Executor executor) {
        this.completionExecutor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /** Test seam: replaces the environment lookup. */
    LangGraphClientBuilder environment(Function<String, String> env) {
        this.env = Objects.requireNonNull(env);
        return this;
    }

    /**
     * Builds a blocking client.
     *
     * @return the client
     * @throws dev.langgraph.client.errors.LangGraphException if no transport was given or found
     */
    public LangGraphClient build() {
        return new DefaultLangGraphClient(config());
    }

    /**
     * Builds a non-blocking client.
     *
     * @return the client
     * @throws dev.langgraph.client.errors.LangGraphException if no transport was given or found
     */
    public LangGraphAsyncClient buildAsync() {
        return build().async();
    }

    private ClientConfig config() {
        TransportHeaders.Builder h = TransportHeaders.builder();
        h.set("User-Agent", "langgraph-sdk-java/" + SdkVersion.VERSION);
        headers.forEach(h::set);
        String key = apiKeyFromEnv ? apiKeyFromEnvironment() : apiKey;
        if (key != null) {
            h.set("x-api-key", key);
        }
        HttpTransport t = transport != null ? transport : TransportResolver.resolve(env).create();
        ExecutorService owned = null;
        Executor executor = completionExecutor;
        if (executor == null) {
            owned = newCompletionPool();
            executor = owned;
        }
        return new ClientConfig(URI.create(baseUrl), h.build(), timeouts, retryPolicy, t, transport == null,
                codec != null ? codec : JacksonJsonCodec.instance(), executor, owned, maxStreamReconnects);
    }

    private String apiKeyFromEnvironment() {
        for (String name : API_KEY_VARIABLES) {
            String v = env.apply(name);
            if (v != null) {
                String cleaned = stripQuotes(v.strip());
                if (!cleaned.isEmpty()) {
                    return cleaned;
                }
            }
        }
        return null;
    }

    private static String stripQuotes(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    private static URI validateBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Base URL must not be blank");
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("Base URL must be an absolute http(s) URL: " + url);
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("Base URL must not have a query or fragment: " + url);
            }
            String s = uri.toString();
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            return URI.create(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid base URL: " + url, e);
        }
    }

    private static ExecutorService newCompletionPool() {
        AtomicInteger n = new AtomicInteger();
        // Bounded: SDK tasks never block, so a few threads serve any number of streams (a cached pool grew to
        // one thread per stream when 1,000 streams received an event at once).
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, r -> {
            java.lang.Thread t = new java.lang.Thread(r, "langgraph-sdk-async-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
