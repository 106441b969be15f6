package dev.langgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HTTPExceptionTest {

    @Test
    void defaultsTo401WithItsPhrase() {
        HTTPException e = new HTTPException();

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.detail()).isEqualTo("Unauthorized");
        assertThat(e.headers()).isEmpty();
        assertThat(e).hasToString("401: Unauthorized").hasMessage("Unauthorized").isInstanceOf(RuntimeException.class);
    }

    @Test
    void theDetailDefaultsToTheStatusPhrase() {
        assertThat(new HTTPException(403).detail()).isEqualTo("Forbidden");
        assertThat(new HTTPException(404, null).detail()).isEqualTo("Not Found");
        assertThat(new HTTPException(418).detail()).isEqualTo("I'm a Teapot");
    }

    @Test
    void keepsDetailAndHeaders() {
        HTTPException e = new HTTPException(401, "Invalid token", Map.of("WWW-Authenticate", "Bearer"));

        assertThat(e).hasToString("401: Invalid token");
        assertThat(e.headers()).containsExactly(Map.entry("WWW-Authenticate", "Bearer"));
    }

    @Test
    void refusesStatusesOutOfRangeAndUnknownStatusesWithoutDetail() {
        assertThatThrownBy(() -> new HTTPException(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HTTPException(600, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HTTPException(599)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HTTPException(599, "Custom").detail()).isEqualTo("Custom");
    }

    @Test
    void refusesHeadersThatWouldSplitTheResponse() {
        assertThatThrownBy(() -> new HTTPException(401, "x", Map.of("WWW-Authenticate", "Bearer\r\nSet-Cookie: a=b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HTTPException(401, "x", Map.of("Bad Name", "v")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
