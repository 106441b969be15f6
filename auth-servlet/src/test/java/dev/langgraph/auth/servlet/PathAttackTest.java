package dev.langgraph.auth.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request targets that containers, proxies and servers read differently never reach the application: not
 * unauthenticated, and not authenticated either (as a weaker action or another route). Whether Jetty or the engine
 * refuses them, the servlet behind the filter is never called.
 */
class PathAttackTest {

    private static final TestRules RULES = new TestRules();
    private static final EchoServlet ECHO = new EchoServlet();
    private static JettyServer root;
    private static JettyServer app;

    @BeforeAll
    static void start() throws Exception {
        root = JettyServer.start("/", ECHO, LangGraphAuthFilter.of(RULES.auth()));
        app = JettyServer.start("/app", ECHO, LangGraphAuthFilter.of(RULES.auth()));
    }

    @AfterAll
    static void stop() throws Exception {
        root.close();
        app.close();
    }

    @BeforeEach
    void reset() {
        ECHO.hits.set(0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /threads/t1%2Fstate
            GET    | /threads/t1%2fstate
            DELETE | /threads/t1%2Fruns%2Fr1
            GET    | /threads/t1%5Cstate
            GET    | /threads/./t1
            GET    | /threads/t1/.
            GET    | /threads/../ok
            GET    | /threads/%2e%2e/ok
            GET    | /threads/.%2E/ok
            GET    | /ok/../threads/t1
            GET    | /ok/%2e%2e/threads/t1
            GET    | /ok%2F..%2Fthreads%2Ft1
            POST   | /ok/../threads/search
            GET    | /info;/../threads/t1
            GET    | /info/..;/threads/t1
            GET    | //threads/t1
            GET    | /threads//t1
            DELETE | /threads/t1//
            GET    | /threads/t1/
            POST   | /threads/search/
            GET    | /Threads/t1
            GET    | /THREADS/T1
            GET    | /OK/../threads/t1
            GET    | /%74hreads/t1
            GET    | /threads;x=1/t1
            GET    | /threads/t1;jsessionid=abc
            GET    | /threads/t1%3Bx
            GET    | /threads/%252e%252e/ok
            GET    | /threads/%25
            GET    | /threads/t1%00
            GET    | /threads/%zz
            POST   | /internal/truncate
            GET    | /threads/t1/stream/events
            """)
    void hostileTargetsNeverReachTheApplication(String method, String target) throws Exception {
        for (Map<String, String> headers : List.of(Map.<String, String>of(),
                Map.of("Authorization", "Bearer alice"))) {
            RawHttp.Response response = root.send(method, target, headers, method.equals("GET") ? null : "{}");
            assertThat(response.status()).as("%s %s %s", method, target, headers).isBetween(400, 499);
        }
        assertThat(ECHO.hits).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%61pp/threads/t1", "/app/..;/threads/t1", "/app;x=1/threads/t1", "/app/./threads/t1",
            "/app//threads/t1", "/APP/threads/t1", "/app/threads/../ok"})
    void hostileTargetsAroundTheContextPathNeverReachTheApplication(String target) throws Exception {
        RawHttp.Response anonymous = app.send("GET", target, Map.of(), null);

        assertThat(anonymous.status()).as(target).isBetween(400, 499);
        assertThat(ECHO.hits).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override", "x-http-method-override"})
    void methodOverrideHeadersNeverWeakenTheAction(String header) throws Exception {
        RawHttp.Response anonymous = root.send("POST", "/threads/search", Map.of(header, "GET"), "{}");
        RawHttp.Response alice = root.send("GET", "/threads/t1?_method=DELETE",
                Map.of("Authorization", "Bearer alice", header, "DELETE"), null);

        assertThat(anonymous.status()).isEqualTo(401);
        Map<String, Object> seen = EchoServlet.parse(alice.body());
        assertThat(seen).containsEntry("method", "GET").containsEntry("context", "threads:read");
        assertThat(((Map<?, ?>) seen.get("headers")).keySet().toString()).doesNotContainIgnoringCase(header);
        assertThat(ECHO.hits).hasValue(1);
    }

    @Test
    void aRepeatedAuthorizationHeaderIsRefused() throws Exception {
        RawHttp.Response response = RawHttp.send(root.port(), "GET", "/threads/t1",
                List.of("Authorization: Bearer bob", "authorization: Bearer alice"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(EchoServlet.parse(response.body())).isEqualTo(Map.of("detail", "Repeated Authorization header"));
        assertThat(ECHO.hits).hasValue(0);
    }

    @Test
    void theCanonicalFormStillWorks() throws Exception {
        assertThat(root.send("GET", "/threads/t1", Map.of("Authorization", "Bearer alice"), null).status())
                .isEqualTo(200);
        assertThat(app.send("GET", "/app/threads/t1", Map.of("Authorization", "Bearer alice"), null).status())
                .isEqualTo(200);
        assertThat(ECHO.hits).hasValue(2);
    }
}
