package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static dev.langgraph.auth.TestJson.nonNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.auth.internal.RequestPaths;
import dev.langgraph.auth.internal.Route;
import dev.langgraph.auth.internal.RouteTable;
import dev.langgraph.auth.values.ValueField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route of server-behaviour §7.4 → its events and values (non-null fields of the first event). */
class RouteTableTest {

    private static final AuthEngine ENGINE = AuthEngine.create(TestAuths.allowAll());

    /** One request and what it must raise. */
    record Case(String method, String path, String query, Object body, List<String> events,
            Map<String, Object> firstValue) {

        @Override
        public String toString() {
            return method + " " + path + (query == null ? "" : "?" + query) + " -> " + events;
        }
    }

    static Case c(String method, String path, Object body, List<String> events, Map<String, Object> firstValue) {
        return new Case(method, path, null, body, events, firstValue);
    }

    static Case q(String method, String path, String query, List<String> events, Map<String, Object> firstValue) {
        return new Case(method, path, query, null, events, firstValue);
    }

    static List<String> ev(String... events) {
        return List.of(events);
    }

    static Stream<Case> cases() {
        Map<String, Object> read = json("thread_id", "t1");
        Map<String, Object> readAssistant = json("assistant_id", "a1");
        Map<String, Object> run = json("assistant_id", "echo", "thread_id", "t1", "status", "pending",
                "metadata", json("m", 1), "multitask_strategy", "enqueue", "kwargs", json("input", json("x", 1)));
        Map<String, Object> runBody = json("assistant_id", "echo", "input", json("x", 1), "metadata", json("m", 1),
                "multitask_strategy", "enqueue");
        Map<String, Object> statelessRun = json("assistant_id", "echo", "status", "pending", "kwargs", json());
        return Stream.of(
                // assistants
                c("POST", "/assistants", json("graph_id", "echo", "metadata", json("k", "v"), "name", "n",
                        "unknown", 1), ev("assistants:create"), json("graph_id", "echo", "metadata", json("k", "v"),
                        "name", "n")),
                c("POST", "/assistants/search", json("graph_id", "echo", "limit", 5, "offset", 1),
                        ev("assistants:search"), json("graph_id", "echo", "limit", 5, "offset", 1)),
                c("POST", "/assistants/count", json("graph_id", "echo", "limit", 99),
                        ev("assistants:search"), json("graph_id", "echo", "limit", 0, "offset", 0)),
                c("GET", "/assistants/a1", null, ev("assistants:read"), readAssistant),
                c("GET", "/assistants/a1/graph", null, ev("assistants:read"), readAssistant),
                c("GET", "/assistants/a1/schemas", null, ev("assistants:read"), readAssistant),
                c("GET", "/assistants/a1/subgraphs", null, ev("assistants:read"), readAssistant),
                c("GET", "/assistants/a1/subgraphs/parent%7Cchild", null, ev("assistants:read"), readAssistant),
                c("PATCH", "/assistants/a1", json("name", "x", "metadata", json()), ev("assistants:update"),
                        json("assistant_id", "a1", "metadata", json(), "name", "x")),
                c("POST", "/assistants/a1/latest", json("version", 3), ev("assistants:update"),
                        json("assistant_id", "a1", "version", 3)),
                c("DELETE", "/assistants/a1", null, ev("assistants:delete"), readAssistant),
                q("DELETE", "/assistants/a1", "delete_threads=true", ev("assistants:delete", "threads:delete"),
                        readAssistant),
                q("DELETE", "/assistants/a1", "delete_threads=False", ev("assistants:delete"), readAssistant),
                q("DELETE", "/assistants/a1", "delete_threads=", ev("assistants:delete", "threads:delete"),
                        readAssistant),
                c("POST", "/assistants/a1/versions", json("metadata", json(), "limit", 2), ev("assistants:search"),
                        json("assistant_id", "a1", "metadata", json(), "limit", 2)),
                // threads
                c("POST", "/threads", json("thread_id", "t1", "metadata", json("a", 1), "if_exists", "do_nothing",
                        "ttl", json("ttl", 5, "strategy", "delete")), ev("threads:create"),
                        json("thread_id", "t1", "metadata", json("a", 1), "if_exists", "do_nothing",
                                "ttl", json("ttl", 5, "strategy", "delete"))),
                c("POST", "/threads", json("thread_id", "t1", "supersteps", list(json("updates", list()))),
                        ev("threads:create", "threads:update"), read),
                c("POST", "/threads", null, ev("threads:create"), json()),
                c("POST", "/threads/search", json("metadata", json("a", 1), "values", json(), "status", "idle",
                        "limit", 3, "offset", 0, "ids", list("t1")), ev("threads:search"),
                        json("metadata", json("a", 1), "values", json(), "status", "idle", "limit", 3, "offset", 0,
                                "ids", list("t1"))),
                c("POST", "/threads/count", json("status", "busy"), ev("threads:search"),
                        json("status", "busy", "limit", 0, "offset", 0)),
                c("POST", "/threads/prune", json("thread_ids", list("t1", "t2")),
                        ev("threads:delete", "threads:delete"), read),
                c("POST", "/threads/prune", json("thread_ids", list("t1"), "strategy", "keep_latest"),
                        ev("threads:update"), read),
                c("GET", "/threads/t1", null, ev("threads:read"), read),
                c("PATCH", "/threads/t1", json("metadata", json("a", 2)), ev("threads:update"),
                        json("thread_id", "t1", "metadata", json("a", 2))),
                c("DELETE", "/threads/t1", null, ev("threads:delete"), read),
                c("POST", "/threads/t1/copy", null, ev("threads:read", "threads:create"), read),
                c("GET", "/threads/t1/state", null, ev("threads:read"), read),
                c("POST", "/threads/t1/state", json("values", json("x", 1)), ev("threads:update"), read),
                c("PATCH", "/threads/t1/state", json("metadata", json("a", 1)), ev("threads:update"),
                        json("thread_id", "t1", "metadata", json("a", 1))),
                c("GET", "/threads/t1/state/cp1", null, ev("threads:read"), read),
                c("POST", "/threads/t1/state/checkpoint", json("checkpoint", json()), ev("threads:read"), read),
                c("GET", "/threads/t1/history", null, ev("threads:read"), read),
                c("POST", "/threads/t1/history", json("limit", 2), ev("threads:read"), read),
                c("GET", "/threads/t1/stream", null, ev("threads:read"), read),
                // runs
                c("POST", "/threads/t1/runs", runBody, ev("threads:create_run"), run),
                c("POST", "/threads/t1/runs/stream", runBody, ev("threads:create_run"), run),
                c("POST", "/threads/t1/runs/wait", runBody, ev("threads:create_run"), run),
                c("GET", "/threads/t1/runs", null, ev("threads:search", "threads:read"), read),
                c("GET", "/threads/t1/runs/r1", null, ev("threads:read"), json("thread_id", "t1", "run_id", "r1")),
                c("DELETE", "/threads/t1/runs/r1", null, ev("threads:delete"),
                        json("thread_id", "t1", "run_id", "r1")),
                q("POST", "/threads/t1/runs/r1/cancel", "action=rollback&wait=1", ev("threads:update"),
                        json("thread_id", "t1", "metadata", json("run_ids", list("r1"), "status", null),
                                "action", "rollback")),
                q("POST", "/threads/t1/runs/r1/cancel", "action=bogus", ev("threads:update"),
                        json("thread_id", "t1", "metadata", json("run_ids", list("r1"), "status", null),
                                "action", "interrupt")),
                c("GET", "/threads/t1/runs/r1/join", null, ev("threads:read"), json("thread_id", "t1", "run_id", "r1")),
                c("GET", "/threads/t1/runs/r1/stream", null, ev("threads:read"),
                        json("thread_id", "t1", "run_id", "r1")),
                c("POST", "/runs", json("assistant_id", "echo"), ev("threads:create_run"), statelessRun),
                c("POST", "/runs/stream", json("assistant_id", "echo"), ev("threads:create_run"), statelessRun),
                c("POST", "/runs/wait", json("assistant_id", "echo"), ev("threads:create_run"), statelessRun),
                c("POST", "/runs/batch", list(json("assistant_id", "echo"), json("assistant_id", "other")),
                        ev("threads:create_run", "threads:create_run"), statelessRun),
                c("POST", "/runs/cancel", json("thread_id", "t1", "run_ids", list("r1")), ev("threads:update"),
                        json("thread_id", "t1", "metadata", json("run_ids", list("r1"), "status", null),
                                "action", "interrupt")),
                c("POST", "/runs/cancel", json("status", "pending"), ev("threads:update"),
                        json("metadata", json("run_ids", null, "status", "pending"), "action", "interrupt")),
                c("GET", "/runs/r1/stream", null, ev("threads:read"), json("run_id", "r1")),
                // crons
                c("POST", "/runs/crons", json("schedule", "* * * * *", "assistant_id", "echo", "input", json()),
                        ev("crons:create"), json("payload", json("assistant_id", "echo", "input", json()),
                                "schedule", "* * * * *")),
                c("POST", "/threads/t1/runs/crons", json("schedule", "0 * * * *", "assistant_id", "echo",
                        "metadata", json("a", 1)), ev("crons:create"), json("payload", json("assistant_id", "echo"),
                        "schedule", "0 * * * *", "thread_id", "t1", "metadata", json("a", 1))),
                c("POST", "/runs/crons/search", json("assistant_id", "echo", "limit", 4), ev("crons:search"),
                        json("assistant_id", "echo", "limit", 4)),
                c("POST", "/runs/crons/count", json("thread_id", "t1"), ev("crons:search"),
                        json("thread_id", "t1", "limit", 0, "offset", 0)),
                c("PATCH", "/runs/crons/c1", json("schedule", "1 * * * *", "enabled", false), ev("crons:update"),
                        json("cron_id", "c1", "payload", json("enabled", false), "schedule", "1 * * * *")),
                c("DELETE", "/runs/crons/c1", null, ev("crons:delete"), json("cron_id", "c1")),
                // store
                c("PUT", "/store/items", json("namespace", list("a", "b"), "key", "k", "value", json("x", 1),
                        "index", false, "ttl", 5), ev("store:put"), json("namespace", list("a", "b"), "key", "k",
                        "value", json("x", 1), "index", false)),
                q("GET", "/store/items", "namespace=a.b&key=k%20x", ev("store:get"),
                        json("namespace", list("a", "b"), "key", "k x")),
                q("GET", "/store/items", "key=k", ev("store:get"), json("namespace", list(), "key", "k")),
                c("DELETE", "/store/items", json("namespace", list("a"), "key", "k"), ev("store:delete"),
                        json("namespace", list("a"), "key", "k")),
                c("POST", "/store/items/search", json("namespace_prefix", list("a"), "filter", json("x", 1),
                        "limit", 2, "query", "hi"), ev("store:search"), json("namespace", list("a"),
                        "filter", json("x", 1), "limit", 2, "query", "hi")),
                c("POST", "/store/namespaces", json("prefix", list("a"), "suffix", list("b"), "max_depth", 2),
                        ev("store:list_namespaces"), json("namespace", list("a"), "suffix", list("b"),
                        "max_depth", 2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRouteRaisesItsEventsWithTheirValues(Case c) {
        AuthRequest.Builder request = TestAuths.request(c.method(), c.path()).rawQuery(c.query());
        if (c.body() != null) {
            request.body(c.body());
        }

        AuthOutcome outcome = ENGINE.authorize(request.build());

        assertThat(outcome).isInstanceOf(AuthOutcome.Allowed.class);
        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) outcome;
        assertThat(allowed.events()).extracting(e -> e.event().toString()).isEqualTo(c.events());
        assertThat(nonNull(allowed.value().asMap())).isEqualTo(c.firstValue());
        for (AuthorizedEvent e : allowed.events()) {
            assertThat(e.value()).isInstanceOf(e.event().valueType());
            assertThat(e.value().asMap().keySet()).as("value fields of %s", e.event())
                    .containsExactlyInAnyOrderElementsOf(e.event().fields().stream().map(ValueField::name).toList());
            assertThat(e.context().resource()).isEqualTo(e.event().resource());
            assertThat(e.context().action()).isEqualTo(e.event().action().orElseThrow());
        }
    }

    @Test
    void theCasesCoverEveryRoute() {
        Set<String> covered = cases()
                .map(c -> RouteTable.resolve(c.method(), RequestPaths.parse(c.path())).route().toString())
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Route r : RouteTable.routes()) {
            if (!r.isMeta() && !covered.contains(r.toString())) {
                missing.add(r.toString());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void eachRoutesOwnTemplateResolvesToItself() {
        for (Route r : RouteTable.routes()) {
            String samplePath = r.pattern().replaceAll("\\{[a-z_]+}", "x1");
            assertThat(RouteTable.resolve(r.method(), RequestPaths.parse(samplePath)).route()).isSameAs(r);
        }
    }

    @ParameterizedTest
    @MethodSource("dev.langgraph.auth.RouteTableTest#metaRoutes")
    void metaRoutesArePublicWithoutCredentials(String method, String path) {
        AuthOutcome outcome = ENGINE.authorize(AuthRequest.builder(method, path).build());

        assertThat(outcome).isEqualTo(new AuthOutcome.Public(path));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> metaRoutes() {
        return AuthEngine.metaRoutes().stream().flatMap(p -> Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("GET", p),
                org.junit.jupiter.params.provider.Arguments.of("HEAD", p)));
    }

    @Test
    void headIsTheGetRouteAndNeedsTheSameRead() {
        AuthOutcome outcome = ENGINE.authorize(TestAuths.request("HEAD", "/threads/t1").build());

        assertThat(((AuthOutcome.Allowed) outcome).events()).extracting(e -> e.event().toString())
                .containsExactly("threads:read");
    }
}
