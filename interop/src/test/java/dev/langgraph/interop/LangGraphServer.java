package dev.langgraph.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One real LangGraph JS dev server process ({@code @langchain/langgraph-cli dev}) on a free loopback port.
 *
 * <p>{@link #start(ServerConfig)} installs the npm dependencies if needed, launches the server in its own
 * process group and returns once {@code GET /info} answers 200. {@link #stop()} (or {@link #close()}) ends
 * exactly that process group: SIGTERM, up to 15 s grace, then SIGKILL. A JVM shutdown hook does the same if
 * the owner never calls {@code stop()}, so an aborted test run does not leave servers holding ports.
 *
 * <p>Each server gets a private copy of its {@code langgraph.json} in a fresh directory under the build
 * directory ({@code <build>/interop-server/<config>-<port>/}), with paths pointing back at the checked-in
 * graphs. The server keeps its state in {@code .langgraph_api/} beside the config it was given, so the copy
 * gives every server an empty state directory of its own: two JVMs building the module in parallel (with
 * different build directories) never share or wipe each other's state, and nothing is written into
 * {@code interop/server}.
 */
public final class LangGraphServer implements AutoCloseable {

    /** How long the server may take to exit after SIGTERM before the group is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private static final String HOST = "127.0.0.1";
    private static final int FORBIDDEN_PORT = 2024;
    private static final int PORT_ATTEMPTS = 3;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final int LOG_TAIL_LINES = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keeps the server off the network: no CLI analytics, no LangSmith tracing, no browser. */
    private static final Map<String, String> NO_NETWORK_ENV = Map.of(
            "LANGGRAPH_CLI_NO_ANALYTICS", "1",
            "LANGSMITH_TRACING", "false",
            "LANGSMITH_TRACING_V2", "false",
            "LANGCHAIN_TRACING", "false",
            "LANGCHAIN_TRACING_V2", "false",
            "BROWSER", "none",
            "NO_COLOR", "1",
            "FORCE_COLOR", "0");

    private final ServerConfig config;
    private final int port;
    private final Process process;
    private final boolean ownGroup;
    private final Path logFile;
    private final Path instanceDir;
    private final Thread shutdownHook;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private LangGraphServer(ServerConfig config, int port, Process process, boolean ownGroup, Path logFile,
            Path instanceDir) {
        this.config = config;
        this.port = port;
        this.process = process;
        this.ownGroup = ownGroup;
        this.logFile = logFile;
        this.instanceDir = instanceDir;
        this.shutdownHook = new Thread(this::stopFromShutdownHook, "langgraph-server-" + config.id() + "-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a server with the locations and timeout of {@link InteropSettings}.
     *
     * @param config which configuration to serve
     * @return the ready server
     * @throws IOException if npm or the server fails, or the server is not ready in time; the message
     *     carries the log tail
     */
    public static LangGraphServer start(ServerConfig config) throws IOException {
        return start(config, InteropSettings.serverDir(), InteropSettings.buildDir().resolve("interop-server"),
                InteropSettings.startTimeout());
    }

    /**
     * Starts a server.
     *
     * @param config which configuration to serve
     * @param serverDir the {@code interop/server} directory (package.json, graphs, configs)
     * @param workDir where logs and the per-server config copies and state go
     * @param startTimeout how long to wait for {@code GET /info} to answer 200
     * @return the ready server
     * @throws IOException if npm or the server fails, or the server is not ready in time; the message
     *     carries the log tail
     */
    public static LangGraphServer start(ServerConfig config, Path serverDir, Path workDir, Duration startTimeout)
            throws IOException {
        Path sourceConfig = config.configFile(serverDir);
        if (!Files.isRegularFile(sourceConfig)) {
            throw new IOException("LangGraph config not found: " + sourceConfig);
        }
        NodeToolchain.missingTools().ifPresent(problem -> {
            throw new IllegalStateException("Cannot start a LangGraph server: " + problem);
        });
        Files.createDirectories(workDir);
        NodeToolchain.ensureDependencies(serverDir, workDir);

        for (int attempt = 1; ; attempt++) {
            int port = freeLoopbackPort();
            LangGraphServer server = launch(config, serverDir, workDir, port);
            try {
                server.awaitReady(startTimeout);
                return server;
            } catch (PortTakenException e) {
                server.stop();
                // The port was free when we probed it; another process took it before node bound it.
                if (attempt >= PORT_ATTEMPTS) {
                    throw new IOException(e.getMessage(), e);
                }
                NodeToolchain.log("port " + port + " was taken before the server bound it; retrying on another");
            } catch (IOException | RuntimeException e) {
                server.stop();
                throw e;
            }
        }
    }

    private static LangGraphServer launch(ServerConfig config, Path serverDir, Path workDir, int port)
            throws IOException {
        Path instanceDir = workDir.resolve(config.id() + "-" + port);
        deleteRecursively(instanceDir);
        Files.createDirectories(instanceDir);
        Path configCopy = writeConfigCopy(config.configFile(serverDir), instanceDir);
        // The CLI appends ".langgraph_api" to the config directory's .gitignore when the line is missing.
        Files.writeString(instanceDir.resolve(".gitignore"), ".langgraph_api\n", StandardCharsets.UTF_8);
        Path logFile = workDir.resolve(config.id() + "-" + port + ".log");
        Files.deleteIfExists(logFile);

        String node = NodeToolchain.findOnPath(InteropSettings.nodeCommand()).map(Path::toString)
                .orElse(InteropSettings.nodeCommand());
        String setsid = NodeToolchain.findOnPath("setsid").map(Path::toString).orElse(null);
        List<String> command = new ArrayList<>();
        if (setsid != null) {
            // Own session and process group (pgid == pid): stop() can then end the CLI, tsx, the server and
            // esbuild together. Killing only the CLI would orphan the server, still holding the port.
            command.add(setsid);
        } else {
            NodeToolchain.log("setsid not found; the server will be stopped process by process instead");
        }
        command.addAll(List.of(node, serverDir.resolve(NodeToolchain.CLI_ENTRY).toString(), "dev",
                "--host", HOST, "--port", Integer.toString(port),
                "--no-browser", "--no-reload", "--n-jobs-per-worker", "10",
                "--studio-url", "http://" + HOST + ":" + port,
                "--config", configCopy.toString()));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(serverDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(NO_NETWORK_ENV);
        NodeToolchain.log("starting LangGraph server '" + config.id() + "' on http://" + HOST + ":" + port
                + " (log " + logFile + ")");
        Process process = builder.start();
        return new LangGraphServer(config, port, process, setsid != null, logFile, instanceDir);
    }

    /**
     * Writes {@code langgraph.json} into {@code targetDir} with every file reference rewritten relative to
     * {@code targetDir}. The server rejects absolute graph paths (it joins the config directory onto them),
     * hence relative paths back to the checked-in files.
     */
    private static Path writeConfigCopy(Path sourceConfig, Path targetDir) throws IOException {
        Path sourceDir = sourceConfig.toAbsolutePath().getParent();
        ObjectNode root = (ObjectNode) JSON.readTree(sourceConfig.toFile());
        JsonNode graphs = root.path("graphs");
        if (graphs instanceof ObjectNode graphsObject) {
            for (Map.Entry<String, JsonNode> graph : graphsObject.properties()) {
                graphsObject.put(graph.getKey(), rebaseSpec(graph.getValue().asText(), sourceDir, targetDir));
            }
        }
        if (root.path("auth") instanceof ObjectNode auth && auth.hasNonNull("path")) {
            auth.put("path", rebaseSpec(auth.get("path").asText(), sourceDir, targetDir));
        }
        if (root.path("env").isTextual()) {
            root.put("env", rebasePath(root.get("env").asText(), sourceDir, targetDir));
        }
        if (root.path("dependencies") instanceof ArrayNode deps) {
            for (int i = 0; i < deps.size(); i++) {
                deps.set(i, deps.textNode(rebasePath(deps.get(i).asText(), sourceDir, targetDir)));
            }
        }
        Path target = targetDir.resolve("langgraph.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), root);
        return target;
    }

    /** Rebases {@code "./file.ts:export"}; the part after the last colon names the export. */
    private static String rebaseSpec(String spec, Path sourceDir, Path targetDir) {
        int colon = spec.lastIndexOf(':');
        if (colon <= 0) {
            return rebasePath(spec, sourceDir, targetDir);
        }
        return rebasePath(spec.substring(0, colon), sourceDir, targetDir) + spec.substring(colon);
    }

    private static String rebasePath(String path, Path sourceDir, Path targetDir) {
        if (!path.startsWith(".")) {
            return path; // a package name or similar, not a file
        }
        Path absolute = sourceDir.resolve(path).normalize();
        String relative = targetDir.toAbsolutePath().normalize().relativize(absolute).toString()
                .replace(File.separatorChar, '/');
        return relative.startsWith("../") ? relative : "./" + relative;
    }

    private void awaitReady(Duration timeout) throws IOException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(PROBE_TIMEOUT)
                .build();
        HttpRequest probe = HttpRequest.newBuilder(baseUri().resolve("/info")).timeout(PROBE_TIMEOUT).GET().build();
        while (true) {
            String log = readLog();
            // A server that cannot bind logs EADDRINUSE but keeps running, so the process check alone
            // would wait for the whole timeout.
            if (log.contains("EADDRINUSE")) {
                throw new PortTakenException("LangGraph server '" + config.id() + "' could not bind port " + port
                        + " (EADDRINUSE); log " + logFile + ":\n" + logTail(LOG_TAIL_LINES));
            }
            if (log.contains("Failed to launch server")) {
                throw new IOException(failure("failed to launch"));
            }
            if (!process.isAlive()) {
                throw new IOException(failure("exited with code " + process.exitValue() + " during start-up"));
            }
            try {
                HttpResponse<Void> response = http.send(probe, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    NodeToolchain.log(String.format("LangGraph server '%s' ready at %s in %.1f s (pid %d)",
                            config.id(), baseUrl(), (System.nanoTime() - started) / 1e9, pid()));
                    return;
                }
            } catch (IOException e) {
                // Not listening yet; keep polling.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the LangGraph server", e);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException(failure("not ready after " + timeout.toSeconds() + " s"));
            }
            pause(POLL_INTERVAL);
            if (Thread.currentThread().isInterrupted()) {
                throw new IOException("interrupted while waiting for the LangGraph server");
            }
        }
    }

    private String failure(String what) {
        return "LangGraph server '" + config.id() + "' on port " + port + " " + what + "; log " + logFile
                + ", last lines:\n" + logTail(LOG_TAIL_LINES);
    }

    /**
     * The configuration this server serves.
     *
     * @return the configuration
     */
    public ServerConfig config() {
        return config;
    }

    /**
     * The loopback port the server listens on.
     *
     * @return the port, never 2024
     */
    public int port() {
        return port;
    }

    /**
     * The server's base URI.
     *
     * @return e.g. {@code http://127.0.0.1:41234}
     */
    public URI baseUri() {
        return URI.create(baseUrl());
    }

    /**
     * The server's base URL as a string, without a trailing slash.
     *
     * @return e.g. {@code "http://127.0.0.1:41234"}
     */
    public String baseUrl() {
        return "http://" + HOST + ":" + port;
    }

    /**
     * The id of the CLI process, which is also the process group id of the whole server tree.
     *
     * @return the process id
     */
    public long pid() {
        return process.pid();
    }

    /**
     * The file receiving the server's stdout and stderr.
     *
     * @return the log file
     */
    public Path logFile() {
        return logFile;
    }

    /**
     * The server's state directory ({@code .langgraph_api} beside its config copy).
     *
     * @return the state directory (it appears once the server first flushes state)
     */
    public Path stateDir() {
        return instanceDir.resolve(".langgraph_api");
    }

    /**
     * Whether the server's process is still running.
     *
     * @return true until the server has exited or been stopped
     */
    public boolean isRunning() {
        return !stopped.get() && process.isAlive();
    }

    /**
     * The last lines of the server log, for failure messages.
     *
     * @param lines how many lines
     * @return the lines joined with newlines (empty if the log cannot be read)
     */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    /**
     * Stops the server's whole process tree: SIGTERM to its process group, up to {@link #STOP_GRACE} for it
     * to exit (the server flushes state on SIGTERM), then SIGKILL. Calling it again does nothing.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook is what is calling us (or will find us stopped).
        }
        terminate();
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    private void stopFromShutdownHook() {
        if (stopped.compareAndSet(false, true)) {
            NodeToolchain.log("JVM exit: stopping LangGraph server '" + config.id() + "' (pid " + pid() + ")");
            terminate();
        }
    }

    private void terminate() {
        long started = System.nanoTime();
        long pid = process.pid();
        if (groupIsOurs(pid)) {
            ProcessGroups.signal(pid, "TERM");
            if (!waitFor(STOP_GRACE, () -> !process.isAlive() && !ProcessGroups.isAlive(pid))) {
                NodeToolchain.log("LangGraph server '" + config.id() + "' (pgid " + pid + ") still running "
                        + STOP_GRACE.toSeconds() + " s after SIGTERM; sending SIGKILL");
                ProcessGroups.signal(pid, "KILL");
                waitFor(Duration.ofSeconds(5), () -> !process.isAlive() && !ProcessGroups.isAlive(pid));
            }
        } else {
            List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                    .collect(Collectors.toList());
            tree.forEach(ProcessHandle::destroy);
            if (!waitFor(STOP_GRACE, () -> tree.stream().noneMatch(ProcessHandle::isAlive))) {
                tree.forEach(ProcessHandle::destroyForcibly);
                waitFor(Duration.ofSeconds(5), () -> tree.stream().noneMatch(ProcessHandle::isAlive));
            }
        }
        NodeToolchain.log(String.format("stopped LangGraph server '%s' on port %d (pid %d) in %.1f s",
                config.id(), port, pid, (System.nanoTime() - started) / 1e9));
    }

    /**
     * Whether group {@code pid} is the one setsid created for our server. While the CLI lives, its group id
     * must equal its pid (it may not, if we are stopping before setsid even ran). Once the CLI has exited, a
     * group with that id can only be its leftover children: Linux does not reuse a pid that still names a
     * process group.
     */
    private boolean groupIsOurs(long pid) {
        if (!ownGroup) {
            return false;
        }
        if (process.isAlive()) {
            return ProcessGroups.groupOf(pid).orElse(-1) == pid;
        }
        return ProcessGroups.isAlive(pid);
    }

    private static boolean waitFor(Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            pause(Duration.ofMillis(50));
        }
        return true;
    }

    /**
     * A free TCP port on the loopback interface, chosen by the kernel. 2024 is never returned: on these
     * machines another listener may sit on it and reset connections.
     *
     * @return a port that was free a moment ago
     * @throws UncheckedIOException if no socket can be bound
     */
    static int freeLoopbackPort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port != FORBIDDEN_PORT) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free loopback port", e);
            }
        }
    }

    /**
     * The last lines of a text file.
     *
     * @param file the file
     * @param lines how many lines
     * @return the lines joined with newlines, or a note if the file cannot be read
     */
    static String tail(Path file, int lines) {
        try {
            String[] all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1);
            int from = Math.max(0, all.length - lines - 1);
            return String.join("\n", Arrays.asList(all).subList(from, all.length)).stripTrailing();
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    private String readLog() {
        try {
            return new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Names the configuration, URL and pid, for test output and logs. */
    @Override
    public String toString() {
        return "LangGraphServer[" + config.id() + " " + baseUrl() + " pid " + process.pid() + "]";
    }

    /** The chosen port was taken between probing and binding; start() retries on another port. */
    private static final class PortTakenException extends IOException {
        private static final long serialVersionUID = 1L;

        PortTakenException(String message) {
            super(message);
        }
    }
}
