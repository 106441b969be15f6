package dev.langgraph.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@code -Dinterop.target} switch and the {@link Divergence} helper, without any server. */
class InteropTargetTest {

    @Test
    void parsesTheTargetAndDefaultsToReal() {
        assertThat(InteropTarget.parse(null)).isEqualTo(InteropTarget.REAL);
        assertThat(InteropTarget.parse(" ")).isEqualTo(InteropTarget.REAL);
        assertThat(InteropTarget.parse(" Fake ")).isEqualTo(InteropTarget.FAKE);
        assertThat(InteropTarget.parse("real")).isEqualTo(InteropTarget.REAL);
        assertThatThrownBy(() -> InteropTarget.parse("python"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'real' or 'fake'").hasMessageContaining("python");
    }

    @Test
    void aDivergencePicksTheValueOfTheServerKind() {
        ServerEndpoint real = new ServerEndpoint(ServerConfig.DEFAULT, "http://127.0.0.1:1", null);

        assertThat(real.kind()).isEqualTo(InteropTarget.REAL);
        assertThat(real.isFake()).isFalse();
        assertThat(Divergence.BUSY_THREAD_IS_409.js(422).python(409).on(real)).isEqualTo(422);
        assertThat(Divergence.BUSY_THREAD_IS_409.pythonSideOn(real)).isFalse();
        try (var fake = dev.langgraph.testkit.FakeLangGraphServer.create().start()) {
            ServerEndpoint endpoint = new ServerEndpoint(ServerConfig.DEFAULT, fake);
            assertThat(endpoint.kind()).isEqualTo(InteropTarget.FAKE);
            assertThat(endpoint.external()).isFalse();
            assertThat(endpoint.logFile()).isEmpty();
            assertThat(endpoint.baseUrl()).isEqualTo(fake.baseUrl());
            assertThat(Divergence.BUSY_THREAD_IS_409.js(422).python(409).on(endpoint)).isEqualTo(409);
            assertThat(Divergence.BUSY_THREAD_IS_409.pythonSideOn(endpoint)).isTrue();
        }
    }
}
