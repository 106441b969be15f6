package dev.langgraph.interop.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantCreateParams;
import dev.langgraph.client.assistants.AssistantUpdateParams;
import dev.langgraph.client.errors.AuthenticationException;
import dev.langgraph.client.errors.NotFoundException;
import dev.langgraph.client.errors.PermissionDeniedException;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.store.Item;
import dev.langgraph.client.threads.ThreadCountParams;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.client.threads.ThreadUpdateParams;
import dev.langgraph.interop.AuthTokens;
import dev.langgraph.interop.RealServer;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerConfig;
import dev.langgraph.interop.Divergence;
import dev.langgraph.interop.ServerEndpoint;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The auth server ({@code server/auth/auth.ts}) through the SDK: 401 without a token, per-owner threads, the
 * {@code assistants:write} and {@code store} permissions, and the store's namespace rule.
 */
@ExtendWith(RealServerExtension.class)
class AuthInteropTest {

    private ServerEndpoint server;
    private LangGraphClient alice;
    private LangGraphClient bob;
    private String tag;

    @BeforeEach
    void setUp(@RealServer(ServerConfig.AUTH) ServerEndpoint auth) {
        server = auth;
        alice = Clients.as(auth, AuthTokens.ALICE);
        bob = Clients.as(auth, AuthTokens.BOB);
        tag = "auth-it-" + UUID.randomUUID();
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
    }

    @Test
    void missingOrUnknownTokenIs401WithBearerChallenge(@RealServer(ServerConfig.AUTH) ServerEndpoint auth) {
        try (LangGraphClient anonymous = Clients.of(auth); LangGraphClient stranger = Clients.as(auth, "mallory")) {
            assertThatThrownBy(() -> anonymous.threads().create())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(401);
                        assertThat(e.detail()).isEqualTo("Missing bearer token");
                        assertThat(ErrorsInteropTest.header(e, "www-authenticate")).isEqualTo("Bearer");
                    });
            assertThatThrownBy(() -> anonymous.assistants().get("echo"))
                    .isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> stranger.threads().search(ThreadSearchParams.builder().build()))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.detail()).isEqualTo("Invalid bearer token");
                        assertThat(ErrorsInteropTest.header(e, "WWW-Authenticate")).isEqualTo("Bearer");
                    });
        }
    }

    @Test
    void threadsAreVisibleOnlyToTheirOwner() {
        dev.langgraph.client.threads.Thread thread = alice.threads().create(ThreadCreateParams.builder()
                .metadata(Map.of("tag", tag)).build());
        String id = thread.threadId();
        Map<String, Object> byTag = Map.of("tag", tag);

        assertThat(thread.metadata()).isEqualTo(Map.of("tag", tag, "owner", "alice")); // stamped by the server
        assertThat(alice.threads().get(id).metadata()).containsEntry("owner", "alice");
        assertThat(alice.threads().search(ThreadSearchParams.builder().metadata(byTag).build()))
                .extracting(dev.langgraph.client.threads.Thread::threadId).containsExactly(id);
        assertThat(alice.threads().count(ThreadCountParams.ofMetadata(byTag))).isEqualTo(1);

        assertThatThrownBy(() -> bob.threads().get(id))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo(Divergence.PYTHON_ERRORS
                                .js("Thread with ID " + id + " not found")
                                .python("Thread with ID '" + id + "' not found").on(server)));
        assertThat(bob.threads().search(ThreadSearchParams.builder().metadata(byTag).build())).isEmpty();
        assertThat(bob.threads().search(ThreadSearchParams.builder().ids(List.of(id)).build())).isEmpty();
        assertThat(bob.threads().count(ThreadCountParams.ofMetadata(byTag))).isZero();
        assertThatThrownBy(() -> bob.threads().update(id, ThreadUpdateParams.of(Map.of("hijack", true))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo(Divergence.PYTHON_ERRORS.js("Thread not found")
                                .python("Thread with ID '" + id + "' not found").on(server)));
        assertThatThrownBy(() -> bob.threads().getState(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bob.threads().delete(id)).isInstanceOf(NotFoundException.class);
        // JS quirk: a run on another user's thread is a 404 with an empty body, so the detail is the status line.
        assertThatThrownBy(() -> bob.runs().wait(id, "counter", RunParams.builder().input(Map.of("count", 0)).build()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.bodyText().isEmpty()).isEqualTo(!server.isFake());
                    assertThat(e.detail()).isEqualTo(Divergence.PYTHON_ERRORS.js("404 Not Found")
                            .python("Thread with ID '" + id + "' not found").on(server));
                });

        // bob's failed attempts changed nothing
        assertThat(alice.threads().get(id).metadata()).isEqualTo(Map.of("tag", tag, "owner", "alice"));
    }

    @Test
    void assistantWritesNeedThePermission() {
        AssistantCreateParams params = AssistantCreateParams.builder("echo").metadata(Map.of("tag", tag)).build();

        assertThatThrownBy(() -> bob.assistants().create(params))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.detail()).isEqualTo("Missing permission: assistants:write");
                });

        Assistant created = alice.assistants().create(params);
        assertThat(created.metadata()).containsEntry("owner", "alice").containsEntry("tag", tag);
        // reads are open to every authenticated user
        assertThat(bob.assistants().get(created.assistantId()).assistantId()).isEqualTo(created.assistantId());
        assertThatThrownBy(() -> bob.assistants().update(created.assistantId(),
                AssistantUpdateParams.builder().name("bob's").build()))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.detail()).isEqualTo("Missing permission: assistants:write"));
        assertThatThrownBy(() -> bob.assistants().delete(created.assistantId()))
                .isInstanceOf(PermissionDeniedException.class);

        alice.assistants().delete(created.assistantId());
        assertThatThrownBy(() -> alice.assistants().get(created.assistantId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void storeNeedsThePermissionAndTheCallersNamespace() {
        String label = "notes-" + UUID.randomUUID();

        assertThatThrownBy(() -> bob.store().putItem(List.of("bob", label), "k", Map.of("v", 1)))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.detail()).isEqualTo("Missing permission: store"));
        assertThatThrownBy(() -> bob.store().getItem(List.of("bob", label), "k"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> alice.store().putItem(List.of("bob", label), "k", Map.of("v", 1)))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.detail()).isEqualTo("Namespace must start with the caller's identity"));

        alice.store().putItem(List.of("alice", label), "k", Map.of("v", 1));
        Item item = alice.store().getItem(List.of("alice", label), "k");
        assertThat(item.value()).isEqualTo(Map.of("v", 1));
        assertThat(item.namespace()).containsExactly("alice", label);
        assertThat(alice.store().searchItems(List.of("alice", label)).items()).hasSize(1);
        alice.store().deleteItem(List.of("alice", label), "k");
        assertThat(alice.store().getItem(List.of("alice", label), "k")).isNull();
    }
}
