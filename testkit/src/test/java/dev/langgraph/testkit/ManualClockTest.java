package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The manual clock: timestamps, {@code after_seconds}, and thread and store TTLs happen only when it advances. */
class ManualClockTest {

    static final Instant START = Instant.parse("2025-06-01T12:00:00Z");
    final TestClock clock = TestClock.startingAt(START);
    /** A server per test (an instance field), on its own clock. */
    @RegisterExtension
    final LangGraphServerExtension server = LangGraphServerExtension.newInstance().clock(clock).build();
    Http http;

    @BeforeEach
    void client() {
        http = new Http(server.baseUrl());
    }

    @Test
    void theClockOnlyMovesForward() {
        assertThat(clock.now()).isEqualTo(START);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advanceTo(START.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        clock.advanceTo(START.plusSeconds(90));
        assertThat(clock.now()).isEqualTo(START.plusSeconds(90));
        assertThat((String) http.post("/threads", Map.of()).map().get("created_at"))
                .startsWith("2025-06-01T12:01:30.0000");
    }

    @Test
    void delayedRunsStartWhenTheClockReachesThem() {
        String tid = http.newThread();
        Map<String, Object> run = http.post("/threads/" + tid + "/runs", Map.of("assistant_id", "counter",
                "input", Map.of("count", 0), "after_seconds", 10)).map();
        String path = "/threads/" + tid + "/runs/" + run.get("run_id");
        assertThat((String) run.get("created_at")).startsWith("2025-06-01T12:00:10.0000");
        clock.advance(Duration.ofSeconds(9));
        assertThat(http.get(path).map().get("status")).isEqualTo("pending");
        assertThat(http.get("/threads/" + tid).map().get("status")).isEqualTo("busy");
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.get(path + "/join").map()).containsEntry("count", 3);
        assertThat(http.get(path).map().get("status")).isEqualTo("success");
    }

    @Test
    void threadTtlDeletesTheThreadAndIsReArmedByPatchesAndRuns() {
        String plain = (String) http.post("/threads", Map.of("ttl", 1)).map().get("thread_id");
        String patched = (String) http.post("/threads", Map.of("ttl", Map.of("ttl", 1, "strategy", "delete")))
                .map().get("thread_id");
        String ran = (String) http.post("/threads", Map.of("ttl", 1)).map().get("thread_id");
        assertThat(http.get("/threads/" + plain + "?include=ttl").map().get("ttl"))
                .isEqualTo(Map.of("ttl", 1, "strategy", "delete"));
        clock.advance(Duration.ofSeconds(30));
        http.patch("/threads/" + patched, Map.of("ttl", 1));
        http.post("/threads/" + ran + "/runs/wait", Map.of("assistant_id", "counter", "input", Map.of()));
        clock.advance(Duration.ofSeconds(29));
        assertThat(http.post("/threads/count", Map.of()).json()).isEqualTo(3);
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.get("/threads/" + plain).status()).isEqualTo(404);
        assertThat(http.post("/threads/search", Map.of()).list()).extracting(t -> t.get("thread_id"))
                .containsExactlyInAnyOrder(patched, ran);
        clock.advance(Duration.ofSeconds(30));
        assertThat(http.post("/threads/count", Map.of()).json()).isEqualTo(0);
        assertThat(http.get("/threads/" + ran + "/runs").status()).isEqualTo(404);
    }

    @Test
    void storeItemTtlExpiresUnlessReadsRefreshIt() {
        http.put("/store/items", Map.of("namespace", List.of("a"), "key", "read", "value", Map.of("v", 1),
                "ttl", 1));
        http.put("/store/items", Map.of("namespace", List.of("a"), "key", "unread", "value", Map.of("v", 2),
                "ttl", 1));
        http.put("/store/items", Map.of("namespace", List.of("a"), "key", "forever", "value", Map.of("v", 3)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(http.get("/store/items?namespace=a&key=read").map()).containsEntry("key", "read");
        assertThat(http.get("/store/items?namespace=a&key=unread&refresh_ttl=false").map())
                .containsEntry("key", "unread");
        clock.advance(Duration.ofSeconds(30));
        assertThat(http.get("/store/items?namespace=a&key=unread").body()).isEqualTo("null");
        assertThat(search(false)).containsExactlyInAnyOrder("read", "forever");
        clock.advance(Duration.ofSeconds(30));
        assertThat(search(true)).containsExactly("forever");
    }

    private List<Object> search(boolean refresh) {
        List<?> items = (List<?>) http.post("/store/items/search", Map.of("namespace_prefix", List.of("a"),
                "refresh_ttl", refresh)).map().get("items");
        return items.stream().map(i -> ((Map<?, ?>) i).get("key")).collect(java.util.stream.Collectors.toList());
    }
}
