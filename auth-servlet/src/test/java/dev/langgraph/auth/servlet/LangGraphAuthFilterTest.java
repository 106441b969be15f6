package dev.langgraph.auth.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.auth.AuthEngine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The filter in an embedded Jetty 12 with an echo servlet behind it. */
class LangGraphAuthFilterTest {

    private final TestRules rules = new TestRules();
    private final EchoServlet echo = new EchoServlet();
    private JettyServer jetty;

    @AfterEach
    void stop() throws Exception {
        if (jetty != null) {
            jetty.close();
        }
    }

    private JettyServer start(LangGraphAuthFilter filter) throws Exception {
        jetty = JettyServer.start("/", echo, filter);
        return jetty;
    }

    private JettyServer start() throws Exception {
        return start(LangGraphAuthFilter.of(rules.auth()));
    }

    private static Map<String, String> as(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void anUnauthenticatedRequestGets401JsonWithTheHandlersHeaders() throws Exception {
        RawHttp.Response response = start().send("POST", "/threads/search", Map.of(), "{}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"test\"");
        assertThat(EchoServlet.parse(response.body())).isEqualTo(Map.of("detail", "Who are you?"));
        assertThat(echo.hits).hasValue(0);
    }

    @Test
    void aDeniedRequestGets403Json() throws Exception {
        RawHttp.Response response = start().send("POST", "/assistants", as("bob"), "{\"graph_id\":\"echo\"}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(EchoServlet.parse(response.body())).isEqualTo(Map.of("detail", "Forbidden"));
        assertThat(echo.hits).hasValue(0);
    }

    @Test
    void metaRoutesArePublicByDefault() throws Exception {
        start();
        for (String path : List.of("/ok", "/info", "/docs", "/openapi.json", "/metrics")) {
            RawHttp.Response response = jetty.send("GET", path, Map.of(), null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(EchoServlet.parse(response.body())).as(path).containsEntry("principal", null)
                    .containsEntry("user", null);
        }
        assertThat(rules.authentications).hasValue(0);
    }

    @Test
    void publicRoutesAreChosenOnTheEngine() throws Exception {
        start(LangGraphAuthFilter.builder(AuthEngine.builder(rules.auth()).publicRoutes(List.of("/info")).build())
                .build());

        assertThat(jetty.send("GET", "/info", Map.of(), null).status()).isEqualTo(200);
        assertThat(jetty.send("GET", "/ok", Map.of(), null).status()).isEqualTo(401);
        assertThat(jetty.send("GET", "/ok", as("bob"), null).status()).isEqualTo(200);
    }

    @Test
    void theApplicationSeesTheUserAsPrincipalWithPermissionsAsRoles() throws Exception {
        Map<String, String> headers = Map.of("Authorization", "Bearer alice",
                "X-Check-Roles", "threads:write,store,admin,**");

        Map<String, Object> seen = EchoServlet.parse(start().send("GET", "/threads/t1", headers, null).body());

        assertThat(seen).containsEntry("principal", "alice").containsEntry("principalIsLangGraph", true)
                .containsEntry("remoteUser", "alice").containsEntry("authType", LangGraphAuthFilter.AUTH_TYPE)
                .containsEntry("user", "alice").containsEntry("context", "threads:read")
                .containsEntry("filter", Map.of("owner", "alice")).containsEntry("authFilter", true)
                .containsEntry("events", 1);
        assertThat(seen.get("roles")).isEqualTo(Map.of("threads:write", true, "store", true, "admin", false,
                "**", true));
    }

    @Test
    void theMutatedBodyIsForwardedReSerialized() throws Exception {
        String body = "{\"metadata\": {\"topic\": \"x\", \"owner\": \"mallory\"}, \"n\": 1.50}";

        Map<String, Object> seen = EchoServlet.parse(start().send("POST", "/threads",
                Map.of("Authorization", "Bearer bob", "Content-Type", "text/plain"), body).body());

        String forwarded = (String) seen.get("body");
        assertThat(EchoServlet.parse(forwarded)).isEqualTo(Map.of("metadata", Map.of("topic", "x", "owner", "bob"),
                "n", 1.5));
        assertThat(forwarded).contains("1.50"); // numbers keep their text
        assertThat(seen).containsEntry("contentType", "application/json")
                .containsEntry("contentLength", forwarded.length());
    }

    @Test
    void aCreationWithoutBodyGetsTheHandlersChanges() throws Exception {
        Map<String, Object> seen = EchoServlet.parse(start().send("POST", "/threads", as("alice"), null).body());

        assertThat(EchoServlet.parse((String) seen.get("body"))).isEqualTo(Map.of("metadata", Map.of("owner",
                "alice")));
    }

    @Test
    void theMutatedQueryIsForwardedAndParametersComeFromItOnly() throws Exception {
        Map<String, Object> seen = EchoServlet.parse(start().send("GET", "/store/items?namespace=notes&key=k%201",
                as("alice"), null).body());

        assertThat(seen.get("query")).isEqualTo("namespace=alice.notes&key=k%201");
        assertThat(seen.get("params")).isEqualTo(Map.of("namespace", List.of("alice.notes"), "key", List.of("k 1")));
    }

    @Test
    void anUnchangedQueryIsForwardedAsReceived() throws Exception {
        Map<String, Object> seen = EchoServlet.parse(start().send("GET", "/threads/t1/history?limit=2&limit=3&x=a+b",
                as("alice"), null).body());

        assertThat(seen.get("query")).isEqualTo("limit=2&limit=3&x=a+b");
    }

    @Test
    void formFieldsOfTheBodyAreNeverParameters() throws Exception {
        Map<String, Object> seen = EchoServlet.parse(start().send("POST", "/threads/t1/copy",
                Map.of("Authorization", "Bearer alice", "Content-Type", "application/x-www-form-urlencoded"),
                "_method=DELETE&thread_id=other").body());

        assertThat(seen.get("params")).isEqualTo(Map.of());
        assertThat(seen.get("method")).isEqualTo("POST");
        assertThat(seen.get("body")).isEqualTo("_method=DELETE&thread_id=other"); // not JSON: passed on as is
    }

    @Test
    @SuppressWarnings("unchecked")
    void methodOverrideHeadersAreStripped() throws Exception {
        Map<String, String> headers = Map.of("Authorization", "Bearer alice", "X-HTTP-Method-Override", "DELETE",
                "X-HTTP-Method", "DELETE", "X-Method-Override", "DELETE");

        Map<String, Object> seen = EchoServlet.parse(start().send("GET", "/threads/t1", headers, null).body());

        assertThat(seen).containsEntry("method", "GET").containsEntry("context", "threads:read");
        assertThat(((Map<String, ?>) seen.get("headers")).keySet()).doesNotContain("x-http-method-override", "x-http-method",
                "x-method-override").contains("authorization");
    }

    @Test
    void aHandlersUnexpectedExceptionIsAGeneric500() throws Exception {
        start();
        RawHttp.Response authentication = jetty.send("GET", "/threads/t1", as("boom"), null);
        RawHttp.Response authorization = jetty.send("POST", "/runs/crons/search", as("alice"), "{}");

        for (RawHttp.Response response : List.of(authentication, authorization)) {
            assertThat(response.status()).isEqualTo(500);
            assertThat(EchoServlet.parse(response.body())).isEqualTo(Map.of("detail", "Internal Server Error"));
            assertThat(response.body()).doesNotContain(TestRules.SECRET).doesNotContain("Exception");
        }
        assertThat(echo.hits).hasValue(0);
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnyHandler() throws Exception {
        start(LangGraphAuthFilter.builder(AuthEngine.create(rules.auth())).maxBodyBytes(64).build());
        String big = "{\"metadata\": {\"x\": \"" + "a".repeat(100) + "\"}}";

        RawHttp.Response response = jetty.send("POST", "/threads", as("alice"), big);

        assertThat(response.status()).isEqualTo(413);
        assertThat(EchoServlet.parse(response.body())).isEqualTo(Map.of("detail", "Request body too large"));
        assertThat(rules.authentications).hasValue(0);
        assertThat(jetty.send("POST", "/threads", as("alice"), "{}").status()).isEqualTo(200);
    }

    @Test
    void anInvalidJsonBodyIs422OnRoutesThatReadOne() throws Exception {
        RawHttp.Response response = start().send("POST", "/threads", as("alice"), "{\"a\": 1, \"a\": 2}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(EchoServlet.parse(response.body())).isEqualTo(Map.of("detail", "Invalid JSON in request body"));
    }

    @Test
    void theFilterRunsOncePerRequest() throws Exception {
        LangGraphAuthFilter filter = LangGraphAuthFilter.of(rules.auth());
        jetty = JettyServer.start("/", echo, filter, filter);

        RawHttp.Response response = jetty.send("POST", "/threads", as("alice"), "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(rules.authentications).hasValue(1);
        assertThat(EchoServlet.parse((String) EchoServlet.parse(response.body()).get("body")))
                .isEqualTo(Map.of("metadata", Map.of("owner", "alice")));
    }

    @Test
    void asyncAndForwardDispatchesPassWithoutASecondAuthentication() throws Exception {
        HttpServlet dispatching = new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp)
                    throws IOException, jakarta.servlet.ServletException {
                if (req.getDispatcherType() == DispatcherType.REQUEST && "async".equals(req.getParameter("via"))) {
                    req.startAsync().dispatch("/threads/t2");
                } else if (req.getDispatcherType() == DispatcherType.REQUEST) {
                    req.getRequestDispatcher("/threads/t2").forward(req, resp);
                } else {
                    resp.getWriter().write(req.getDispatcherType() + " " + req.getUserPrincipal());
                }
            }
        };
        jetty = JettyServer.start("/", dispatching, LangGraphAuthFilter.of(rules.auth()));

        RawHttp.Response async = jetty.send("GET", "/threads/t1?via=async", as("alice"), null);
        RawHttp.Response forward = jetty.send("GET", "/threads/t1?via=forward", as("alice"), null);

        assertThat(async.body()).startsWith("ASYNC ");
        assertThat(forward.body()).isEqualTo("FORWARD LangGraphPrincipal[alice]");
        assertThat(rules.authentications).hasValue(2);
    }

    @Test
    void underAContextPathAndPrefixTheApiPathIsWhatIsAuthorized() throws Exception {
        LangGraphAuthFilter filter = LangGraphAuthFilter.builder(AuthEngine.create(rules.auth())).pathPrefix("/api")
                .build();
        jetty = JettyServer.start("/app", echo, filter);

        Map<String, Object> seen = EchoServlet.parse(jetty.send("GET", "/app/api/threads/t1", as("bob"), null)
                .body());

        assertThat(seen).containsEntry("context", "threads:read").containsEntry("uri", "/app/api/threads/t1");
        assertThat(jetty.send("GET", "/app/api/ok", Map.of(), null).status()).isEqualTo(200);
        assertThat(jetty.send("GET", "/app/threads/t1", as("bob"), null).status()).isEqualTo(400);
    }
}
