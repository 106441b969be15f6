package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.auth.values.AuthValue;
import dev.langgraph.auth.values.ThreadsCreate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Events raised without an HTTP request (cron firing, a fake server's operations). */
class EventsWithoutRequestsTest {

    @Test
    void anEventIsDecidedOnACopyOfItsValue() {
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE).on(AuthEvent.THREADS_CREATE_RUN, (ctx, v) -> {
            v.metadata().put("owner", ctx.user().identity());
            return AuthResult.filter(Map.of("owner", ctx.user().identity()));
        }).build();
        Map<String, Object> value = json("thread_id", "t1", "assistant_id", "echo");

        AuthOutcome outcome = AuthEngine.create(auth).authorize(User.of("alice"), AuthEvent.THREADS_CREATE_RUN,
                value);

        AuthOutcome.Allowed allowed = (AuthOutcome.Allowed) outcome;
        assertThat(allowed.value().get("metadata")).isEqualTo(json("owner", "alice"));
        assertThat(allowed.filter()).contains(Map.of("owner", "alice"));
        assertThat(allowed.body()).isNull();
        assertThat(value).doesNotContainKey("metadata");
    }

    @Test
    void resourceWideKeysAndMistypedValuesAreRefused() {
        AuthEngine engine = AuthEngine.create(TestAuths.allowAll());

        assertThatThrownBy(() -> engine.authorize(User.of("a"), AuthEvent.THREADS, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine.authorize(User.of("a"), AuthEvent.THREADS_READ, Map.of("thread_id", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDenialIsAnOutcome() {
        Auth auth = Auth.builder().authenticate(TestAuths.ALICE).on(AuthEvent.CRONS, (ctx, v) -> AuthResult.deny()).build();

        assertThat(AuthEngine.create(auth).authorize(User.of("a"), AuthEvent.CRONS_READ, Map.of("cron_id", "c")))
                .isEqualTo(TestAuths.denied(403, "Forbidden"));
    }

    @Test
    void valuesAreTypedForTheirEvent() {
        AuthValue value = AuthEvent.THREADS_CREATE.newValue(json("thread_id", "t1"));

        assertThat(value).isInstanceOf(ThreadsCreate.class);
        assertThat(value.asMap()).containsOnlyKeys("thread_id", "metadata", "if_exists", "ttl");
    }
}
