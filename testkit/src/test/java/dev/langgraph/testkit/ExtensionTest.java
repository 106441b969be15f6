package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.testkit.graph.Graph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class StaticRegistration {

        @RegisterExtension
        static LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

        static String firstBaseUrl;

        @Test
        @Order(1)
        void startsBeforeAllWithTheReferenceGraphs(FakeLangGraphServer injected) {
            firstBaseUrl = server.baseUrl();
            assertThat(injected).isSameAs(server.server());
            assertThat(injected.graphIds()).contains("echo", "counter");
            new Http(server.baseUrl()).post("/threads", Map.of());
            assertThat(new Http(server.baseUrl()).post("/threads/count", Map.of()).json()).isEqualTo(1);
        }

        @Test
        @Order(2)
        void keepsTheServerButResetsTheStateBeforeEachTest() {
            assertThat(server.baseUrl()).isEqualTo(firstBaseUrl);
            Http http = new Http(server.baseUrl());
            assertThat(http.post("/threads/count", Map.of()).json()).isEqualTo(0);
            assertThat(http.post("/assistants/count", Map.of()).json()).isEqualTo(7);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class KeepingState {

        @RegisterExtension
        static LangGraphServerExtension server = LangGraphServerExtension.newInstance()
                .graph("only", Graph.builder().node("n", ctx -> Map.of("done", true))
                        .edge(Graph.START, "n").build())
                .keepStateBetweenTests().build();

        @Test
        @Order(1)
        void writes() {
            new Http(server.baseUrl()).post("/threads", Map.of());
            assertThat(server.server().graphIds()).containsExactly("only");
        }

        @Test
        @Order(2)
        void stillSeesTheThread() {
            assertThat(new Http(server.baseUrl()).post("/threads/count", Map.of()).json()).isEqualTo(1);
        }
    }

    @Nested
    class InstanceRegistration {

        @RegisterExtension
        LangGraphServerExtension server = LangGraphServerExtension.newInstance().build();

        @Test
        void startsForTheTest() {
            Map<String, Object> result = new Http(server.baseUrl()).post("/runs/wait",
                    Map.of("assistant_id", "counter", "input", Map.of("count", 1))).map();
            assertThat(result.get("visited")).isEqualTo(List.of("add_a", "add_b", "add_c"));
        }
    }
}
