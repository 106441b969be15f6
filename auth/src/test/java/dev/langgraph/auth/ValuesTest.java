package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.auth.values.RunsCreate;
import dev.langgraph.auth.values.StoreListNamespaces;
import dev.langgraph.auth.values.ThreadsCreate;
import dev.langgraph.auth.values.ThreadsSearch;
import dev.langgraph.auth.values.ValueFields;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void metadataIsCreatedWhenAbsentAndIsLive() {
        Map<String, Object> map = json("thread_id", "t1", "metadata", null);
        ThreadsCreate value = new ThreadsCreate(map);

        value.metadata().put("owner", "alice");

        assertThat(map).containsEntry("metadata", json("owner", "alice"));
        assertThat(value.threadId()).isEqualTo("t1");
    }

    @Test
    void integersReadFromAnyIntegralJsonNumber() {
        ThreadsSearch value = new ThreadsSearch(json("limit", 10L, "offset", 2.0, "ids", list("a")));

        assertThat(value.limit()).isEqualTo(10);
        assertThat(value.offset()).isEqualTo(2);
        assertThat(value.ids()).containsExactly("a");
    }

    @Test
    void aMistypedEntryIsReportedWhenRead() {
        RunsCreate value = new RunsCreate(json("assistant_id", 7, "kwargs", "x"));

        assertThatThrownBy(value::assistantId).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("assistant_id");
        assertThatThrownBy(value::kwargs).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoreNamespaceCanBeReplaced() {
        StoreListNamespaces value = new StoreListNamespaces();

        value.namespace(List.of("alice"));

        assertThat(value.namespace()).containsExactly("alice");
        assertThat(value.get(ValueFields.NAMESPACE)).containsExactly("alice");
        assertThatThrownBy(() -> value.namespace(java.util.Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rawAccessIsThePythonDict() {
        ThreadsCreate value = new ThreadsCreate();

        value.put("if_exists", "do_nothing");

        assertThat(value.get("if_exists")).isEqualTo("do_nothing");
        assertThat(value.ifExists()).isEqualTo("do_nothing");
        assertThat(value.asMap()).isEqualTo(json("if_exists", "do_nothing"));
        assertThat(value).hasToString("ThreadsCreate{if_exists=do_nothing}");
    }
}
