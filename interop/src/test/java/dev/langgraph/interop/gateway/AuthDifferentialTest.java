package dev.langgraph.interop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langgraph.interop.RealServer;
import dev.langgraph.interop.RealServerExtension;
import dev.langgraph.interop.ServerConfig;
import dev.langgraph.interop.ServerEndpoint;
import dev.langgraph.interop.gateway.AuthScenario.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6 item 6, the differential check: the same {@link AuthScenario} run (a) against the real JS server with its
 * own auth ({@code server/auth/auth.ts}) and (b) through the Jetty gateway ({@code LangGraphAuthFilter} in gateway
 * mode with {@link PeerAuthRules}, the same rules in Java) in front of the real JS server without auth. Every step
 * must show the same outcome (status class, resources seen, the rules' own words for 401/403), except the
 * documented differences below.
 *
 * <p>TODO(issue 6 item 5): leg (c), the testkit's {@code FakeLangGraphServer} hosting {@link PeerAuthRules}, joins
 * this check once the testkit hosts auth: run {@link AuthScenario} on it and compare like leg (b).
 *
 * <p>Documented differences (the JS server with auth, then the gateway):
 * <ul>
 *   <li><b>bob joins run R's stream</b>: the JS server answers 200 and an SSE {@code error} event saying
 *       {@code 404: Thread not found} (Python does alike); the gateway checks the thread before streaming and
 *       answers 404 (a user sees "not found" either way).</li>
 * </ul>
 * The Python server's own difference (401 from an authentication handler becomes 403) does not show here: both legs
 * answer 401, as the JS server does.
 *
 * @see dev.langgraph.auth.servlet.LangGraphAuthFilter
 */
@ExtendWith(RealServerExtension.class)
class AuthDifferentialTest {

    /** Step name to the outcome expected from (a) the JS server with auth and (b) the gateway, where they differ. */
    private static final Map<String, List<Outcome>> DOCUMENTED_DIFFERENCES = Map.of(
            "bob joins run R's stream", List.of(new Outcome("stream error", null), new Outcome("404", null)));

    @Test
    void theGatewayShowsWhatTheServersOwnAuthShows(@RealServer(ServerConfig.AUTH) ServerEndpoint withAuth,
            ServerEndpoint withoutAuth) throws Exception {
        Map<String, Outcome> server;
        Map<String, Outcome> gateway;
        try (AuthScenario.Leg leg = new AuthScenario.Leg(withAuth.baseUrl())) {
            server = AuthScenario.run(leg);
        }
        try (JettyGateway jetty = JettyGateway.start(PeerAuthRules.auth(), withoutAuth.baseUri());
                AuthScenario.Leg leg = new AuthScenario.Leg(jetty.baseUrl())) {
            gateway = AuthScenario.run(leg);
        }

        List<String> report = new ArrayList<>();
        for (AuthScenario.Step step : AuthScenario.STEPS) {
            Outcome a = server.get(step.name());
            Outcome b = gateway.get(step.name());
            List<Outcome> documented = DOCUMENTED_DIFFERENCES.get(step.name());
            boolean same = documented == null ? a.equals(b) : documented.equals(List.of(a, b));
            report.add((same ? "  " : "X ") + step.name() + ": server " + a + (a.equals(b) ? "" : ", gateway " + b));
        }
        assertThat(report).as(String.join("\n", report)).noneMatch(line -> line.startsWith("X "));
        assertThat(server.values()).as("the scenario exercises refusals and successes")
                .extracting(Outcome::status).contains("ok", "401", "403", "404");
    }
}
