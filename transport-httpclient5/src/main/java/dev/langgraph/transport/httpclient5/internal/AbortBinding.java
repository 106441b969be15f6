package dev.langgraph.transport.httpclient5.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.hc.client5.http.async.AsyncExecCallback;
import org.apache.hc.client5.http.async.AsyncExecChain;
import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;

/**
 * The last step of HttpClient's execution chain before the request goes out: it hands each {@link Exchange}
 * HttpClient's execution runtime, through which an abort discards the connection directly.
 *
 * <p>Cancelling HttpClient's execution future is not enough on its own. {@code ComplexFuture.setDependency}
 * checks {@code isDone()} and then stores the next step's cancellable without a lock, so a cancel that lands
 * between the connection being ready and the exchange starting is lost: the request is sent and the connection
 * stays leased until the server answers or the read timeout fires. With the runtime in hand, an abort closes
 * the connection whatever stage the chain is at, and an exchange aborted before reaching this step never starts.
 */
final class AbortBinding implements AsyncExecChainHandler {

    /** The name of this step in HttpClient's execution chain. */
    static final String NAME = "langgraph-abort-binding";

    /** The context attribute holding the {@link Exchange} of the request. */
    static final String EXCHANGE_ATTRIBUTE = "dev.langgraph.transport.httpclient5.exchange";

    @Override
    public void execute(
            HttpRequest request,
            AsyncEntityProducer entityProducer,
            AsyncExecChain.Scope scope,
            AsyncExecChain chain,
            AsyncExecCallback callback) throws HttpException, IOException {
        if (scope.clientContext.getAttribute(EXCHANGE_ATTRIBUTE) instanceof Exchange exchange
                && !exchange.bind(scope.execRuntime)) {
            // Failing the callback makes HttpClient discard the connection and finish the execution.
            callback.failed(new InterruptedIOException("The exchange was aborted before it started"));
            return;
        }
        chain.proceed(request, entityProducer, scope, callback);
    }
}
