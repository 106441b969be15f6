package dev.langgraph.client.internal;

import dev.langgraph.client.RetryPolicy;
import dev.langgraph.client.Timeouts;
import dev.langgraph.client.json.JsonCodec;
import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.client.transport.TransportHeaders;
import java.net.URI;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * Everything a client was built with, resolved and validated. Shared by the sync and async views of one client.
 *
 * @param baseUri the server's base URI, without a trailing slash
 * @param defaultHeaders headers sent on every request (User-Agent, API key, the user's defaults)
 * @param timeouts the default timeouts
 * @param retryPolicy the default retry policy
 * @param transport the HTTP transport
 * @param ownsTransport whether closing the client closes the transport
 * @param codec the JSON codec
 * @param completionExecutor where async results and stream parts are delivered
 * @param ownedExecutor the executor to shut down on close, or null when the user supplied it
 * @param maxStreamReconnects how many times a broken stream is resumed before giving up
 */
public record ClientConfig(
        URI baseUri,
        TransportHeaders defaultHeaders,
        Timeouts timeouts,
        RetryPolicy retryPolicy,
        HttpTransport transport,
        boolean ownsTransport,
        JsonCodec codec,
        Executor completionExecutor,
        ExecutorService ownedExecutor,
        int maxStreamReconnects) {
}
