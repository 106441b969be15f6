package dev.langgraph.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the interop harness finds its files and how strict it is, read from system properties (set by the
 * module's surefire configuration) and environment variables.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>name</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code -Dinterop.required}, {@code CI=true}</td><td>missing node/npm fails instead of skipping</td>
 *       <td>{@code false}</td></tr>
 *   <tr><td>{@code -Dinterop.build.dir}</td><td>Maven build directory; logs and per-server state go below
 *       it</td><td>{@code <module>/target}</td></tr>
 *   <tr><td>{@code -Dinterop.server.dir}</td><td>the {@code interop/server} directory</td>
 *       <td>{@code <module>/server}</td></tr>
 *   <tr><td>{@code -Dinterop.start.timeout.seconds}</td><td>readiness deadline per server start</td>
 *       <td>120</td></tr>
 *   <tr><td>{@code -Dinterop.node}, {@code -Dinterop.npm}</td><td>executable names looked up on
 *       {@code PATH}</td><td>{@code node}, {@code npm}</td></tr>
 *   <tr><td>{@code -Dinterop.target}</td><td>{@code real}: the JS dev server; {@code fake}: the testkit's
 *       in-JVM fake (no node needed)</td><td>{@code real}</td></tr>
 *   <tr><td>{@code LANGGRAPH_INTEROP_URL}</td><td>use this running server for {@link ServerConfig#DEFAULT}
 *       </td><td>start one</td></tr>
 *   <tr><td>{@code LANGGRAPH_INTEROP_AUTH_URL}</td><td>use this running server for {@link ServerConfig#AUTH}
 *       </td><td>start one, or skip auth tests when only {@code LANGGRAPH_INTEROP_URL} is set</td></tr>
 * </table>
 */
public final class InteropSettings {

    private InteropSettings() {
    }

    /**
     * Whether the interop tests must run: when true, a missing toolchain is a failure rather than a skip.
     *
     * @return the value of {@code -Dinterop.required}, or true when the {@code CI} environment variable is true
     */
    public static boolean required() {
        // CI machines always have node: there, a missing toolchain is a broken machine, not a reason to skip.
        return Boolean.parseBoolean(System.getProperty("interop.required", "false").trim())
                || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The kind of server the tests run against.
     *
     * @return {@code -Dinterop.target}, {@link InteropTarget#REAL} unless set
     * @throws IllegalArgumentException if the property holds neither {@code real} nor {@code fake}
     */
    public static InteropTarget target() {
        return InteropTarget.parse(System.getProperty("interop.target"));
    }

    /**
     * The module directory, for fallbacks when the build did not pass explicit paths (e.g. an IDE run whose
     * working directory is either the module or the repository root).
     *
     * @return the {@code interop} module directory
     */
    public static Path moduleDir() {
        Path cwd = Paths.get("").toAbsolutePath();
        if (Files.isRegularFile(cwd.resolve("server/package.json"))) {
            return cwd;
        }
        if (Files.isRegularFile(cwd.resolve("interop/server/package.json"))) {
            return cwd.resolve("interop");
        }
        return cwd;
    }

    /**
     * The Maven build directory of this module (honours {@code -Dlg.build.dir} through the surefire
     * configuration).
     *
     * @return an absolute path
     */
    public static Path buildDir() {
        return pathProperty("interop.build.dir").orElseGet(() -> moduleDir().resolve("target"));
    }

    /**
     * The directory holding {@code package.json}, the graphs and both configs.
     *
     * @return an absolute path
     */
    public static Path serverDir() {
        return pathProperty("interop.server.dir").orElseGet(() -> moduleDir().resolve("server"));
    }

    /**
     * How long a server may take from launch until {@code GET /info} answers 200.
     *
     * @return the readiness deadline
     */
    public static Duration startTimeout() {
        String value = System.getProperty("interop.start.timeout.seconds");
        return Duration.ofSeconds(value == null || value.isBlank() ? 120 : Long.parseLong(value.trim()));
    }

    /**
     * The name of the node executable to look up on {@code PATH}.
     *
     * @return {@code -Dinterop.node}, default {@code node}
     */
    public static String nodeCommand() {
        return System.getProperty("interop.node", "node");
    }

    /**
     * The name of the npm executable to look up on {@code PATH}.
     *
     * @return {@code -Dinterop.npm}, default {@code npm}
     */
    public static String npmCommand() {
        return System.getProperty("interop.npm", "npm");
    }

    /**
     * The URL of an externally started server for a configuration, if the environment names one.
     *
     * @param config the configuration
     * @return the URL without a trailing slash, or empty
     */
    public static Optional<String> externalUrl(ServerConfig config) {
        String value = System.getenv(config.urlEnvVar());
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String url = value.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return Optional.of(url);
    }

    private static Optional<Path> pathProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Paths.get(value.trim()).toAbsolutePath().normalize());
    }
}
