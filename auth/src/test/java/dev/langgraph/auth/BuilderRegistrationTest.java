package dev.langgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.auth.values.AuthValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuilderRegistrationTest {

    private static final Authenticator ANYONE = r -> User.of("u");
    private static final AuthorizationHandler<AuthValue> ALLOW = (ctx, v) -> AuthResult.allow();

    @Test
    void everyFormRegistersItsKey() {
        Auth auth = Auth.builder().authenticate(ANYONE)
                .on(AuthEvent.THREADS_CREATE, (ctx, v) -> AuthResult.allow())
                .on(AuthEvent.STORE, (ctx, v) -> AuthResult.allow())
                .on(Action.READ, ALLOW)
                .on("crons", "*", ALLOW)
                .on("assistants", "delete", ALLOW)
                .on(ALLOW)
                .build();

        assertThat(auth.registeredKeys()).containsExactly("*:*", "*:read", "assistants:delete", "crons:*",
                "store:*", "threads:create");
    }

    @Test
    void anAuthNeedsAnAuthenticationHandler() {
        assertThatThrownBy(() -> Auth.builder().on(ALLOW).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one authentication handler");
    }

    @Test
    void aSecondAuthenticationHandlerFailsAtBuild() {
        Auth.Builder builder = Auth.builder().authenticate(ANYONE).authenticate(ANYONE);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found 2");
    }

    @Test
    void theSameKeyTwiceFailsAtBuild() {
        Auth.Builder builder = Auth.builder().authenticate(ANYONE)
                .on(AuthEvent.THREADS_CREATE, ALLOW::authorize)
                .on("threads", "create", ALLOW);

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Handler already set for threads:create");
    }

    @Test
    void twoGlobalHandlersFailAtBuild() {
        assertThatThrownBy(() -> Auth.builder().authenticate(ANYONE).on(ALLOW).on("*", "*", ALLOW).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("*:*");
    }

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({"thread, create", "threads, creat", "runs, *", "runs, create", "store, create", "threads, put",
            "assistants, create_run", "THREADS, create", "'', create", "threads, ''"})
    void unknownNamesAndImpossiblePairsFailAtRegistration(String resource, String action) {
        assertThatThrownBy(() -> Auth.builder().on(resource, action, ALLOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventNamesParseLikeTheJsSdk() {
        assertThat(AuthEvent.parse("threads:create_run")).isSameAs(AuthEvent.THREADS_CREATE_RUN);
        assertThat(AuthEvent.parse("store")).isSameAs(AuthEvent.STORE);
        assertThat(AuthEvent.of(Resource.STORE, Action.LIST_NAMESPACES)).isSameAs(AuthEvent.STORE_LIST_NAMESPACES);
        assertThat(AuthEvent.all()).hasSize(21);
        assertThatThrownBy(() -> AuthEvent.parse("store:create")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthEvent.of(Resource.RUNS, Action.CREATE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resourcesAndActionsHaveTheirWireNames() {
        assertThat(Resource.of("assistants")).isEqualTo(Resource.ASSISTANTS);
        assertThat(Action.of("list_namespaces")).isEqualTo(Action.LIST_NAMESPACES);
        assertThat(Action.CREATE_RUN).hasToString("create_run");
        assertThatThrownBy(() -> Resource.of("Threads")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Action.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
