package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthResultTest {

    @Test
    void allowAndDeny() {
        assertThat(AuthResult.allow().allowed()).isTrue();
        assertThat(AuthResult.allow().filter()).isEmpty();
        assertThat(AuthResult.deny().allowed()).isFalse();
        assertThat(AuthResult.of(true)).isEqualTo(AuthResult.allow());
        assertThat(AuthResult.of(false)).isEqualTo(AuthResult.deny());
    }

    @Test
    void everyFilterFormThePythonServerUnderstands() {
        Map<String, Object> filter = json("owner", "alice", "team", json("$eq", "red"),
                "tags", json("$contains", "a"), "labels", json("$contains", list("a", "b")),
                "nested", json("plain", "containment"));

        AuthResult result = AuthResult.filter(filter);

        assertThat(result.allowed()).isTrue();
        assertThat(result.filter()).contains(filter);
    }

    @Test
    void theFilterIsAReadOnlyCopy() {
        Map<String, Object> filter = json("owner", "alice");
        AuthResult result = AuthResult.filter(filter);
        filter.put("owner", "bob");

        assertThat(result.filter().orElseThrow()).containsEntry("owner", "alice");
        assertThatThrownBy(() -> result.filter().orElseThrow().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyFilterIsAPlainAllow() {
        assertThat(AuthResult.filter(Map.of())).isEqualTo(AuthResult.allow());
    }

    @Test
    void otherOperatorsAreRefusedWhenTheResultIsMade() {
        assertThatThrownBy(() -> AuthResult.filter(json("a", json("$ne", "x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$ne");
        assertThatThrownBy(() -> AuthResult.filter(json("a", json("$eq", "x", "$contains", "y"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthResult.filter(json("a", json("$contains", json("k", 1)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthResult.filter(json(" ", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthResult.filter(json("a", new Object())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
