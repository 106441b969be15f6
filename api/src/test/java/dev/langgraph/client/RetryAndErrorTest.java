package dev.langgraph.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.langgraph.client.assistants.AssistantCreateParams;
import dev.langgraph.client.errors.ApiConnectionException;
import dev.langgraph.client.errors.ApiResponseValidationException;
import dev.langgraph.client.errors.ApiTimeoutException;
import dev.langgraph.client.errors.ConflictException;
import dev.langgraph.client.errors.InternalServerException;
import dev.langgraph.client.errors.RateLimitException;
import dev.langgraph.client.errors.UnprocessableEntityException;
import dev.langgraph.client.testing.WireMockSupport;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAndErrorTest extends WireMockSupport {

    private static final String ASSISTANT = "{\"assistant_id\":\"a1\",\"graph_id\":\"echo\"}";

    private void failingThenOk(String url, int status, String retryAfter) {
        var failure = aResponse().withStatus(status).withBody("busy");
        if (retryAfter != null) {
            failure = failure.withHeader("Retry-After", retryAfter);
        }
        wm.stubFor(get(url).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("ok"));
        wm.stubFor(get(url).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(ASSISTANT)));
    }

    @Test
    void retries429HonouringRetryAfter() {
        failingThenOk("/assistants/a1", 429, "0");

        assertThat(client.assistants().get("a1").assistantId()).isEqualTo("a1");
        wm.verify(2, getRequestedFor(urlEqualTo("/assistants/a1")));
    }

    @Test
    void retries503AndIdempotent5xx() {
        failingThenOk("/assistants/a1", 502, null);

        assertThat(client.assistants().get("a1").assistantId()).isEqualTo("a1");
        wm.verify(2, getRequestedFor(urlEqualTo("/assistants/a1")));
    }

    @Test
    void doesNotRetryA500OnPost() {
        wm.stubFor(post("/assistants").willReturn(aResponse().withStatus(500).withBody("boom")));

        assertThatThrownBy(() -> client.assistants().create(AssistantCreateParams.builder("echo").build()))
                .isInstanceOfSatisfying(InternalServerException.class,
                        e -> assertThat(e.bodyText()).isEqualTo("boom"));
        wm.verify(1, postRequestedFor(urlEqualTo("/assistants")));
    }

    @Test
    void neverRetries409Or422() {
        wm.stubFor(get("/assistants/c").willReturn(aResponse().withStatus(409).withBody("Thread already exists")));
        wm.stubFor(get("/assistants/u").willReturn(aResponse().withStatus(422).withBody("busy thread")));

        assertThatThrownBy(() -> client.assistants().get("c")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> client.assistants().get("u")).isInstanceOf(UnprocessableEntityException.class);
        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/c")));
        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/u")));
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastStatus() {
        wm.stubFor(get("/assistants/a1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

        assertThatThrownBy(() -> client.assistants().get("a1")).isInstanceOf(RateLimitException.class);
        wm.verify(3, getRequestedFor(urlEqualTo("/assistants/a1")));
    }

    @Test
    void perCallMaxRetriesOverridesThePolicy() {
        wm.stubFor(get("/assistants/a1").willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> client.assistants().get("a1", RequestOptions.builder().maxRetries(0).build()))
                .isInstanceOf(InternalServerException.class);
        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/a1")));
    }

    @Test
    void connectionRefusedIsRetriedThenTyped() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (LangGraphClient c = LangGraphClient.builder().baseUrl("http://127.0.0.1:" + port).noApiKey()
                .transport(transport)
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(5))).build()) {
            assertThatThrownBy(() -> c.assistants().get("a1")).isInstanceOf(ApiConnectionException.class);
        }
    }

    @Test
    void aResetConnectionIsAConnectionError() {
        wm.stubFor(post("/assistants").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.assistants().create(AssistantCreateParams.builder("echo").build()))
                .isInstanceOf(ApiConnectionException.class);
        wm.verify(1, postRequestedFor(urlEqualTo("/assistants")));
    }

    @Test
    void theOverallRequestTimeoutApplies() {
        wm.stubFor(get("/assistants/a1").willReturn(okJson(ASSISTANT).withFixedDelay(5_000)));

        assertThatThrownBy(() -> client.assistants().get("a1",
                RequestOptions.builder().requestTimeout(Duration.ofMillis(200)).build()))
                .isInstanceOf(ApiTimeoutException.class);
    }

    @Test
    void aTimedOutCallAbortsItsExchange() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CountDownLatch disconnected = new java.util.concurrent.CountDownLatch(1);
            java.lang.Thread silent = new java.lang.Thread(() -> {
                try (java.net.Socket s = server.accept()) {
                    java.io.InputStream in = s.getInputStream();
                    while (in.read() != -1) {
                        // Never answers: read until the client gives up and closes.
                    }
                } catch (java.io.IOException e) {
                    // A reset is a disconnect too.
                }
                disconnected.countDown();
            });
            silent.setDaemon(true);
            silent.start();
            try (LangGraphClient c = LangGraphClient.builder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
                    .noApiKey().transport(transport).retryPolicy(RetryPolicy.NONE).build()) {
                assertThatThrownBy(() -> c.assistants().get("a1",
                        RequestOptions.builder().requestTimeout(Duration.ofMillis(200)).build()))
                        .isInstanceOf(ApiTimeoutException.class);
            }
            // The transport is still open (the client does not own it): only the aborted exchange closes the socket.
            assertThat(disconnected.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aTimeoutWhileTheBodyIsReadAbortsTheExchange() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.concurrent.CountDownLatch disconnected = new java.util.concurrent.CountDownLatch(2);
            java.lang.Thread stalling = new java.lang.Thread(() -> {
                for (int i = 0; i < 2; i++) {
                    try (java.net.Socket s = server.accept()) {
                        java.io.InputStream in = s.getInputStream();
                        int matched = 0; // the request head ends with CRLF CRLF (a GET has no body)
                        for (int b = in.read(); b != -1 && matched < 4; b = matched == 4 ? -1 : in.read()) {
                            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
                        }
                        // The head and the start of a body that never ends.
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 1000\r\n\r\n{\"assistant_id\":").getBytes(
                                java.nio.charset.StandardCharsets.US_ASCII));
                        s.getOutputStream().flush();
                        while (in.read() != -1) {
                            // Read until the client gives up and closes.
                        }
                    } catch (java.io.IOException e) {
                        // A reset is a disconnect too.
                    }
                    disconnected.countDown();
                }
            });
            stalling.setDaemon(true);
            stalling.start();
            RequestOptions quick = RequestOptions.builder().requestTimeout(Duration.ofMillis(300)).build();
            try (LangGraphClient c = LangGraphClient.builder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
                    .noApiKey().transport(transport).retryPolicy(RetryPolicy.NONE).build()) {
                assertThatThrownBy(() -> c.assistants().get("a1", quick)).isInstanceOf(ApiTimeoutException.class);
                assertThat(c.async().assistants().get("a1", quick))
                        .failsWithin(Duration.ofSeconds(20))
                        .withThrowableThat().withRootCauseInstanceOf(ApiTimeoutException.class);
            }
            assertThat(disconnected.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theOverallTimeoutEndsTheWaitBeforeARetry() {
        wm.stubFor(get("/assistants/a1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "60")));
        RequestOptions quick = RequestOptions.builder().requestTimeout(Duration.ofMillis(300)).build();
        try (LangGraphClient c = LangGraphClient.builder().baseUrl(wm.baseUrl()).noApiKey().transport(transport)
                .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofSeconds(60))).build()) {
            // A hang here would wait 60 s per retry; the bound only tells a hang from an answer.
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> c.assistants().get("a1", quick))
                            .isInstanceOf(ApiTimeoutException.class));
        }
        wm.verify(1, getRequestedFor(urlEqualTo("/assistants/a1")));
    }

    @Test
    void anInterruptDuringTheWaitBeforeARetryEndsTheBlockingCall() throws Exception {
        wm.stubFor(get("/assistants/a1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "60")));
        try (LangGraphClient c = LangGraphClient.builder().baseUrl(wm.baseUrl()).noApiKey().transport(transport)
                .retryPolicy(new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofSeconds(60))).build()) {
            java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
                    new java.util.concurrent.atomic.AtomicReference<>();
            java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
            java.lang.Thread caller = new java.lang.Thread(() -> {
                try {
                    c.assistants().get("a1");
                } catch (RuntimeException e) {
                    thrown.set(e);
                    stillInterrupted.set(java.lang.Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            // Wait for the first (failed) attempt, then interrupt the wait before the retry.
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (wm.findAll(getRequestedFor(urlEqualTo("/assistants/a1"))).isEmpty()
                    && System.nanoTime() < deadline) {
                java.lang.Thread.sleep(10);
            }
            caller.interrupt();
            caller.join(20_000);
            assertThat(caller.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(dev.langgraph.client.errors.LangGraphException.class)
                    .hasMessageContaining("Interrupted");
            assertThat(stillInterrupted).isTrue();
        }
    }

    @Test
    void anHtmlProxyPageIsATypedErrorWithTheRawBody() {
        wm.stubFor(get("/assistants/a1").willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Gateway</body></html>")));

        assertThatThrownBy(() -> client.assistants().get("a1", RequestOptions.builder().maxRetries(0).build()))
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(502);
                    assertThat(e.bodyText()).contains("Bad Gateway");
                });
    }

    @Test
    void aNonJsonSuccessBodyIsAValidationError() {
        wm.stubFor(get("/assistants/a1").willReturn(aResponse().withStatus(200).withBody("<html>oops</html>")));

        assertThatThrownBy(() -> client.assistants().get("a1"))
                .isInstanceOf(ApiResponseValidationException.class);
    }
}
