package dev.langgraph.benchmarks;

import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.transport.HttpTransport;
import dev.langgraph.transport.httpclient5.HttpClient5Transport;
import dev.langgraph.transport.vertx.VertxTransport;
import java.time.Duration;

/** This SDK's client on a named transport, always selected explicitly. */
final class Clients {

    private Clients() {
    }

    static HttpTransport transport(String name, int maxConnections) {
        switch (name) {
            case "httpclient5":
                return HttpClient5Transport.builder().maxConnections(maxConnections)
                        .maxConnectionsPerRoute(maxConnections).build();
            case "vertx":
                return VertxTransport.builder().maxConnectionsPerHost(maxConnections).build();
            default:
                throw new IllegalArgumentException("unknown transport " + name);
        }
    }

    static LangGraphClient sdk(String transport, String baseUrl, int maxConnections) {
        return LangGraphClient.builder().baseUrl(baseUrl).noApiKey()
                .readTimeout(Duration.ofMinutes(5))
                .transport(transport(transport, maxConnections)).build();
    }
}
