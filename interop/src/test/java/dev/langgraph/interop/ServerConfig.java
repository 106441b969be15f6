package dev.langgraph.interop;

import java.nio.file.Path;

/**
 * The two LangGraph server configurations the interop tests run against. Both serve the same graphs from
 * {@code interop/server/graphs}; they differ only in authentication.
 */
public enum ServerConfig {

    /** {@code server/langgraph.json}: no authentication. */
    DEFAULT("default", "langgraph.json", "LANGGRAPH_INTEROP_URL"),

    /**
     * {@code server/auth/langgraph.json}: bearer-token auth from {@code server/auth/auth.ts}
     * (see {@link AuthTokens} for the accepted tokens and what each user may do).
     */
    AUTH("auth", "auth/langgraph.json", "LANGGRAPH_INTEROP_AUTH_URL");

    private final String id;
    private final String configPath;
    private final String urlEnvVar;

    ServerConfig(String id, String configPath, String urlEnvVar) {
        this.id = id;
        this.configPath = configPath;
        this.urlEnvVar = urlEnvVar;
    }

    /**
     * A short lower-case name used in log file names and messages.
     *
     * @return {@code "default"} or {@code "auth"}
     */
    public String id() {
        return id;
    }

    /**
     * The checked-in {@code langgraph.json} of this configuration.
     *
     * @param serverDir the {@code interop/server} directory
     * @return the config file inside {@code serverDir}
     */
    public Path configFile(Path serverDir) {
        return serverDir.resolve(configPath);
    }

    /**
     * The environment variable that points the tests at an already running server with this configuration
     * instead of starting one.
     *
     * @return the variable name
     */
    public String urlEnvVar() {
        return urlEnvVar;
    }
}
