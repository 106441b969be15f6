package dev.langgraph.testkit.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langgraph.testkit.graph.ReferenceGraphs;
import dev.langgraph.testkit.internal.standalone.StandaloneArgs;
import org.junit.jupiter.api.Test;

/** The standalone jar's command line. */
class StandaloneArgsTest {

    @Test
    void defaultsServeTheReferenceGraphsOnLoopbackPort2024() {
        StandaloneArgs args = StandaloneArgs.parse();

        assertThat(args.help()).isFalse();
        assertThat(args.host()).isEqualTo("127.0.0.1");
        assertThat(args.port()).isEqualTo(2024);
        assertThat(args.graphs()).containsOnlyKeys(ReferenceGraphs.all().keySet());
    }

    @Test
    void readsSeparateAndInlineValues() {
        StandaloneArgs args = StandaloneArgs.parse("--port", "0", "--host=0.0.0.0", "--graphs", "echo, counter");

        assertThat(args.port()).isZero();
        assertThat(args.host()).isEqualTo("0.0.0.0");
        assertThat(args.graphs()).containsOnlyKeys("echo", "counter");
        assertThat(StandaloneArgs.parse("--port=65535", "--graphs=reference").port()).isEqualTo(65_535);
    }

    @Test
    void helpIsRecognised() {
        assertThat(StandaloneArgs.parse("--help").help()).isTrue();
        assertThat(StandaloneArgs.parse("-h").help()).isTrue();
        assertThat(StandaloneArgs.USAGE).contains("--port", "--host", "--graphs", "--help", "listening on");
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> StandaloneArgs.parse("--bogus"))
                .isInstanceOf(StandaloneArgs.UsageException.class).hasMessage("unknown argument '--bogus'");
        assertThatThrownBy(() -> StandaloneArgs.parse("8080"))
                .isInstanceOf(StandaloneArgs.UsageException.class).hasMessage("unknown argument '8080'");
        assertThatThrownBy(() -> StandaloneArgs.parse("--port"))
                .isInstanceOf(StandaloneArgs.UsageException.class).hasMessage("--port needs a value");
        assertThatThrownBy(() -> StandaloneArgs.parse("--port", "http"))
                .isInstanceOf(StandaloneArgs.UsageException.class).hasMessageContaining("not 'http'");
        assertThatThrownBy(() -> StandaloneArgs.parse("--port=70000"))
                .isInstanceOf(StandaloneArgs.UsageException.class).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> StandaloneArgs.parse("--host="))
                .isInstanceOf(StandaloneArgs.UsageException.class).hasMessage("--host must not be empty");
        assertThatThrownBy(() -> StandaloneArgs.parse("--graphs", "echo,agent"))
                .isInstanceOf(StandaloneArgs.UsageException.class).hasMessageContaining("unknown graph 'agent'");
    }
}
