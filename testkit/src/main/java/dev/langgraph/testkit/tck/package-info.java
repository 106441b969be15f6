/**
 * The transport TCK: {@link dev.langgraph.testkit.tck.HttpTransportContractTest}, an abstract JUnit 5 suite that
 * proves an {@link dev.langgraph.client.transport.HttpTransport} behaves as the SDK needs, so that transports are
 * interchangeable.
 *
 * <h2>Usage</h2>
 *
 * <p>Add the testkit and JUnit 5 to the transport's test dependencies:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.langgraph</groupId>
 *   <artifactId>langgraph-testkit</artifactId>
 *   <scope>test</scope>
 * </dependency>
 * <dependency>
 *   <groupId>org.junit.jupiter</groupId>
 *   <artifactId>junit-jupiter</artifactId>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * <p>and extend the suite with the one factory method it needs:
 *
 * <pre>{@code
 * class MyTransportContractTest extends HttpTransportContractTest {
 *     @Override
 *     protected HttpTransport createTransport() {
 *         return MyTransport.create();
 *     }
 * }
 * }</pre>
 *
 * <p>The suite calls {@code createTransport()} before every test and closes the transport after it. The
 * {@code langgraph-api} module must be on the test class path (it is a dependency of the testkit); the SDK
 * section of the suite builds {@code LangGraphClient}s with {@code .transport(t)}, so no transport discovery is
 * involved.
 *
 * <h2>What it checks</h2>
 *
 * <ul>
 *   <li>methods GET, POST, PUT, PATCH, DELETE (with and without a body) and HEAD; bodies framed by
 *       Content-Length; request body arrays left untouched;
 *   <li>request and response headers: multi-valued, names in any case, values exact, Host;
 *   <li>the request target: the URI's raw path and query sent exactly as given;
 *   <li>error statuses delivered as ordinary responses with their bodies; redirects not followed; failed
 *       requests not retried;
 *   <li>Content-Length, chunked and close-delimited bodies; the body publisher's Reactive Streams behaviour
 *       (demand honoured, one subscriber, chunks owned by the subscriber);
 *   <li>request and response bodies of at least 50 MB, the response read one chunk at a time by a pausing
 *       subscriber with the server kept within the kernel's socket buffers plus 8 MB of it;
 *   <li>server-sent events delivered as written: each event reaches the subscriber before the server writes the
 *       next;
 *   <li>cancellation: cancelling the subscription, closing the response and cancelling the {@code send} future
 *       each close the connection, which the server observes; hundreds of abandoned exchanges leak nothing;
 *   <li>timeouts and failures with their {@link dev.langgraph.client.transport.TransportException.Kind}: connect
 *       timeout ({@code CONNECT_TIMEOUT}), idle read timeout before the head and between chunks
 *       ({@code READ_TIMEOUT}), connection refused ({@code CONNECT}), reset, truncation and garbage
 *       ({@code IO}). The total request timeout is enforced by the SDK, not the transport, so it is not checked;
 *   <li>keep-alive reuse after a body read to its end, and no reuse of a connection the server closed;
 *   <li>200 event streams open at once, all delivered whole;
 *   <li>{@code sendAndWait}, the blocking path (the default or a transport's own): a round trip, error statuses,
 *       a refused connection, a silent server, an abort while waiting for the head, a body closed early (also
 *       while another thread reads it), and a closed transport;
 *   <li>the SDK's blocking and async clients running over the transport: run streams, JSON calls, typed status
 *       errors, a stream cut mid-way, closing a stream, a refused connection.
 * </ul>
 *
 * <h2>Helpers for transport-specific tests</h2>
 *
 * <p>The suite's helpers are public, for the tests a transport adds beyond the contract (its pool, its threads,
 * its buffering): {@link dev.langgraph.testkit.tck.RawServer} (a socket server played by a script, for exact
 * bytes and misbehaviour), {@link dev.langgraph.testkit.tck.JdkServer} (a well-behaved server that records
 * requests), {@link dev.langgraph.testkit.tck.StreamServer} (endless event streams that count disconnects),
 * {@link dev.langgraph.testkit.tck.BodySubscriber} (a body subscriber that checks the Reactive Streams rules),
 * {@link dev.langgraph.testkit.tck.AbandonedExchanges} (the ways a caller gives up on an exchange, many at once),
 * {@link dev.langgraph.testkit.tck.Requests}, {@link dev.langgraph.testkit.tck.Await} (bounded polling) and
 * {@link dev.langgraph.testkit.tck.Checks}. They are test code: they throw {@link AssertionError} when a wait
 * times out or a rule is broken.
 *
 * <h2>Environment</h2>
 *
 * <p>Test servers listen on {@code 127.0.0.1} on free ports; nothing contacts another address. The connect
 * timeout test fills the accept queue of a server that never accepts, and is skipped (as an assumption failure)
 * on kernels where connection attempts do not hang on a full backlog. Every wait is bounded (30 seconds per wait,
 * 180 seconds per test) and no test asserts how long something took. The suite opens a few hundred loopback
 * connections and threads at once; the 50 MB tests need about 200 MB of heap.
 */
package dev.langgraph.testkit.tck;
