package dev.langgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Paths and methods that servers, proxies and containers read differently must never reach a handler as a
 * weaker action or skip authentication: each is refused before the authentication handler runs.
 */
class HostileRequestTest {

    private final AtomicInteger authentications = new AtomicInteger();
    private final AuthEngine engine = AuthEngine.create(TestAuths.counting(authentications));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /threads/t1%2Fstate              | 400
            GET    | /threads/t1%2fstate              | 400
            DELETE | /threads/t1%2Fruns%2Fr1          | 400
            GET    | /threads/t1%5Cstate              | 400
            GET    | /threads/t1\\state               | 400
            GET    | /threads/./t1                    | 400
            GET    | /threads/t1/.                    | 400
            DELETE | /threads/t1/runs/..              | 400
            GET    | /threads/../assistants/a1        | 400
            GET    | /threads/%2e%2e/assistants/a1    | 400
            GET    | /threads/.%2E/assistants/a1      | 400
            GET    | /ok/../threads/t1                | 400
            GET    | /ok%2F..%2Fthreads%2Ft1          | 400
            GET    | /info;/../threads/t1             | 400
            GET    | //threads/t1                     | 400
            GET    | /threads//t1                     | 400
            DELETE | /threads/t1//                    | 400
            GET    | /threads;x=1/t1                  | 400
            GET    | /threads/t1;jsessionid=abc       | 400
            GET    | /threads/t1%3Bx                  | 400
            GET    | /threads/%252F                   | 400
            GET    | /threads/%25                     | 400
            GET    | /threads/t1%00                   | 400
            GET    | /threads/t1%0d%0aX-Evil:1        | 400
            GET    | /threads/t1?x=1                  | 400
            GET    | /threads/t1#frag                 | 400
            GET    | threads/t1                       | 400
            GET    | /threads/t1%20x                  | 200
            GET    | /threads/t 1                     | 400
            GET    | /threads/é                       | 400
            GET    | /threads/%E9                     | 400
            GET    | /threads/%zz                     | 400
            GET    | /threads/%4                      | 400
            GET    | /                                | 404
            GET    | /threads/                        | 404
            GET    | /threads/t1/                     | 404
            POST   | /threads/search/                 | 404
            GET    | /OK                              | 404
            GET    | /Threads/t1                      | 404
            GET    | /THREADS/T1                      | 404
            GET    | /%74hreads/t1                    | 404
            POST   | /threads/%73earch                | 405
            POST   | /internal/truncate               | 404
            GET    | /ui/agent                        | 404
            GET    | /threads/t1/stream/events        | 404
            get    | /threads/t1                      | 405
            Get    | /ok                              | 405
            OPTIONS| /threads/t1                      | 405
            TRACE  | /threads/t1                      | 405
            PUT    | /threads/t1                      | 405
            POST   | /ok                              | 405
            GET    | /threads/search                  | 200
            """)
    void hostilePathsAreRefusedBeforeAuthentication(String method, String path, int status) {
        AuthOutcome outcome = engine.authorize(TestAuths.request(method, path).build());

        if (status == 200) {
            // Allowed, but only as what the server also routes it to: a read of a thread with that id.
            assertThat(outcome).isInstanceOfSatisfying(AuthOutcome.Allowed.class, a ->
                    assertThat(a.events()).extracting(e -> e.event().toString()).containsExactly("threads:read"));
            return;
        }
        assertThat(outcome).isInstanceOfSatisfying(AuthOutcome.Denied.class,
                d -> assertThat(d.status()).isEqualTo(status));
        assertThat(authentications).hasValue(0);
    }

    @Test
    void methodNotAllowedListsTheAllowedMethods() {
        AuthOutcome outcome = engine.authorize(TestAuths.request("PUT", "/threads/t1").build());

        assertThat(outcome).isEqualTo(new AuthOutcome.Denied(405, "Method Not Allowed",
                java.util.Map.of("Allow", "DELETE, GET, HEAD, PATCH")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override", "x-http-method-override"})
    void methodOverrideHeadersNeverChangeTheAction(String header) {
        AuthOutcome read = engine.authorize(TestAuths.request("GET", "/threads/t1").header(header, "DELETE")
                .rawQuery("_method=DELETE").build());
        AuthOutcome search = engine.authorize(TestAuths.request("POST", "/threads/search").header(header, "GET")
                .build());

        assertThat(((AuthOutcome.Allowed) read).context().action()).isEqualTo(Action.READ);
        assertThat(((AuthOutcome.Allowed) search).context().action()).isEqualTo(Action.SEARCH);
    }

    @Test
    void aRepeatedAuthorizationHeaderIsRefused() {
        AuthOutcome outcome = engine.authorize(AuthRequest.builder("GET", "/threads/t1")
                .header("Authorization", "Bearer alice-token").header("authorization", "Bearer bob-token").build());

        assertThat(outcome).isEqualTo(new AuthOutcome.Denied(400, "Repeated Authorization header", java.util.Map.of()));
        assertThat(authentications).hasValue(0);
    }

    @Test
    void aRepeatedQueryParameterTheEngineReadsIsRefused() {
        // Starlette reads the last value, Hono the first: the engine must not pick one.
        AuthOutcome outcome = engine.authorize(TestAuths.request("GET", "/store/items")
                .rawQuery("namespace=alice&key=k&namespace=bob").build());

        assertThat(outcome).isEqualTo(new AuthOutcome.Denied(400, "Repeated query parameter: namespace",
                java.util.Map.of()));
    }

    @Test
    void aMalformedQueryStringIsRefused() {
        AuthOutcome outcome = engine.authorize(TestAuths.request("GET", "/store/items").rawQuery("key=%zz").build());

        assertThat(outcome).isEqualTo(new AuthOutcome.Denied(400, "Invalid query string", java.util.Map.of()));
        assertThat(authentications).hasValue(0);
    }

    @Test
    void aRepeatedQueryParameterTheEngineDoesNotReadIsLeftToTheServer() {
        AuthOutcome outcome = engine.authorize(TestAuths.request("GET", "/threads/t1/history")
                .rawQuery("limit=1&limit=2").build());

        assertThat(outcome).isInstanceOf(AuthOutcome.Allowed.class);
    }
}
