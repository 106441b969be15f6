package dev.langgraph.interop.scenarios;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.interop.AuthTokens;
import dev.langgraph.interop.ServerEndpoint;
import java.util.Objects;

/**
 * Builds SDK clients for the interop servers. Callers own the returned clients and should close them
 * (try-with-resources).
 */
public final class Clients {

    private Clients() {
    }

    /**
     * A client on {@code server} that sends no API key (the environment's key variables are ignored).
     *
     * @param server the server
     * @return a new client
     */
    public static LangGraphClient of(ServerEndpoint server) {
        Objects.requireNonNull(server, "server");
        return LangGraphClient.builder().baseUrl(server.baseUrl()).noApiKey().build();
    }

    /**
     * A client on {@code server} that sends {@code Authorization: Bearer <bearerToken>} and no API key.
     *
     * @param server the server (usually the {@code AUTH} one)
     * @param bearerToken the token, e.g. {@link AuthTokens#ALICE}; without the {@code "Bearer "} prefix
     * @return a new client
     */
    public static LangGraphClient as(ServerEndpoint server, String bearerToken) {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(bearerToken, "bearerToken");
        return LangGraphClient.builder()
                .baseUrl(server.baseUrl())
                .noApiKey()
                .header("Authorization", AuthTokens.bearer(bearerToken))
                .build();
    }
}
