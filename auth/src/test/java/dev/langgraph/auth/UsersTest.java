package dev.langgraph.auth;

import static dev.langgraph.auth.TestJson.json;
import static dev.langgraph.auth.TestJson.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsersTest {

    @Test
    void aUserFromAnIdentityHasPythonsDefaults() {
        User user = User.of("alice");

        assertThat(user.identity()).isEqualTo("alice");
        assertThat(user.displayName()).isEqualTo("alice");
        assertThat(user.isAuthenticated()).isTrue();
        assertThat(user.permissions()).isEmpty();
        assertThat(user.toMap()).isEqualTo(json("identity", "alice", "display_name", "alice",
                "is_authenticated", true, "permissions", List.of()));
    }

    @Test
    void aUserFromAMapKeepsExtraAttributesMapLike() {
        User user = User.fromMap(json("identity", "bob", "display_name", "Bob", "permissions", list("threads:write"),
                "is_authenticated", true, "org_id", "o1"));

        assertThat(user.displayName()).isEqualTo("Bob");
        assertThat(user.permissions()).containsExactly("threads:write");
        assertThat(user.get("org_id")).isEqualTo("o1");
        assertThat(user.get("display_name")).isEqualTo("Bob");
        assertThat(user.containsKey("org_id")).isTrue();
        assertThat(user.containsKey("missing")).isFalse();
        assertThat(user.keys()).containsExactly("identity", "display_name", "is_authenticated", "permissions",
                "org_id");
        assertThat(user.attributes()).isEqualTo(Map.of("org_id", "o1"));
    }

    @Test
    void badUserMapsAreRefused() {
        assertThatThrownBy(() -> User.fromMap(json("name", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.fromMap(json("identity", " "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.fromMap(json("identity", "a", "permissions", "all")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> User.builder("a").attribute("identity", "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBuiltUserIsImmutableAndComparable() {
        User user = User.builder("carol").displayName("Carol").authenticated(false)
                .permissions(List.of("a", "b")).attribute("tier", 2).build();

        assertThat(user).isEqualTo(User.fromMap(user.toMap())).hasSameHashCodeAs(User.fromMap(user.toMap()));
        assertThatThrownBy(() -> user.permissions().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void studioUsersAsInPython() {
        StudioUser anonymous = new StudioUser("dev");
        StudioUser signedIn = new StudioUser("dev", true);

        assertThat(anonymous.identity()).isEqualTo("dev");
        assertThat(anonymous.displayName()).isEqualTo("dev");
        assertThat(anonymous.permissions()).isEmpty();
        assertThat(signedIn.permissions()).containsExactly("authenticated");
        assertThat(StudioUser.isStudioUser(anonymous)).isTrue();
        assertThat(StudioUser.isStudioUser(Map.of("kind", "StudioUser"))).isTrue();
        assertThat(StudioUser.isStudioUser(User.builder("x").attribute("kind", "StudioUser").build())).isTrue();
        assertThat(StudioUser.isStudioUser(User.of("dev"))).isFalse();
        assertThat(StudioUser.isStudioUser(null)).isFalse();
    }

    @Test
    void theContextCarriesThePermissions() {
        AuthContext ctx = AuthContext.of(User.builder("a").permission("store").build(), AuthEvent.STORE_PUT);

        assertThat(ctx.resource()).isEqualTo(Resource.STORE);
        assertThat(ctx.action()).isEqualTo(Action.PUT);
        assertThat(ctx.hasPermission("store")).isTrue();
        assertThat(ctx.hasPermission("threads:write")).isFalse();
        assertThatThrownBy(() -> AuthContext.of(User.of("a"), AuthEvent.STORE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
