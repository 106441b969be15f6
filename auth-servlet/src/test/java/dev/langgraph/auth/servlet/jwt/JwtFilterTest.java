package dev.langgraph.auth.servlet.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import dev.langgraph.auth.Auth;
import dev.langgraph.auth.AuthEvent;
import dev.langgraph.auth.AuthResult;
import dev.langgraph.auth.servlet.LangGraphAuthFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JWT authenticator behind the servlet filter: what a client sees for a good and a bad token. */
class JwtFilterTest {

    private JwksServer jwks;
    private Server jetty;
    private URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        jwks = new JwksServer(new JWKSet(Tokens.RSA));
        NimbusJwtAuthenticator jwt = NimbusJwtAuthenticator.builder().jwksUrl(jwks.url()).issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE).build();
        Auth auth = Auth.builder().authenticate(jwt)
                .on(AuthEvent.THREADS, (ctx, value) -> AuthResult.of(ctx.hasPermission("threads:write")))
                .build();
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(LangGraphAuthFilter.of(auth)), "/*",
                EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.getWriter().write(req.getUserPrincipal().getName() + " " + req.isUserInRole("store"));
            }
        }), "/*");
        jetty.setHandler(context);
        jetty.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
        jwks.close();
    }

    private HttpResponse<String> get(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/threads/t1"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidTokenReachesTheApplicationAsItsUser() throws Exception {
        HttpResponse<String> response = get("Bearer " + Tokens.rs256(Tokens.claims().build()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("alice true");
    }

    @Test
    void anInvalidTokenIs401WithTheBearerChallengeAndNothingElse() throws Exception {
        HttpResponse<String> response = get("Bearer " + Tokens.rs256(Tokens.claims().issuer("https://evil/")
                .build()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Invalid token\"}");
    }

    @Test
    void aMissingTokenIs401WithAPlainChallenge() throws Exception {
        HttpResponse<String> response = get(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).isEqualTo("{\"detail\":\"Missing bearer token\"}");
    }

    @Test
    void aValidTokenWithoutThePermissionIs403() throws Exception {
        HttpResponse<String> response = get("Bearer " + Tokens.rs256(Tokens.claims().claim("scope", "store")
                .build()));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Forbidden\"}");
    }
}
