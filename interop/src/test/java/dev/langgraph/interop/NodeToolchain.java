package dev.langgraph.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds node and npm, and installs the server's npm dependencies ({@code npm ci}) when they are missing or do
 * not match the pins of {@code package.json}.
 */
final class NodeToolchain {

    /** Path of the CLI entry point relative to the server directory. */
    static final String CLI_ENTRY = "node_modules/@langchain/langgraph-cli/dist/cli/cli.mjs";

    private static final long INSTALL_TIMEOUT_MINUTES = 15;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object INSTALL_MONITOR = new Object();

    private NodeToolchain() {
    }

    /**
     * Looks a command up on {@code PATH} the way a shell would.
     *
     * @param command a bare command name, or a path
     * @return the executable file, or empty
     */
    static Optional<Path> findOnPath(String command) {
        if (command.contains(File.separator)) {
            Path direct = Paths.get(command);
            return Files.isExecutable(direct) ? Optional.of(direct) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Paths.get(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Explains which of node and npm cannot be found.
     *
     * @return a message naming the missing tools, or empty when both are present
     */
    static Optional<String> missingTools() {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of(InteropSettings.nodeCommand(), InteropSettings.npmCommand())) {
            if (findOnPath(tool).isEmpty()) {
                missing.add(tool);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(" and ", missing) + " not found on PATH (" + System.getenv("PATH") + ")");
    }

    /**
     * Whether {@code node_modules} holds the CLI and every direct dependency at its pinned version.
     *
     * @param serverDir the directory with {@code package.json}
     * @return true if no install is needed
     */
    static boolean dependenciesInstalled(Path serverDir) {
        if (!Files.isRegularFile(serverDir.resolve(CLI_ENTRY))) {
            return false;
        }
        try {
            JsonNode deps = JSON.readTree(serverDir.resolve("package.json").toFile()).path("dependencies");
            for (Map.Entry<String, JsonNode> dep : deps.properties()) {
                Path installed = serverDir.resolve("node_modules").resolve(dep.getKey()).resolve("package.json");
                if (!Files.isRegularFile(installed)) {
                    return false;
                }
                String wanted = dep.getValue().asText();
                // Only exact pins can be compared; a range would need npm's semver logic.
                if (wanted.matches("\\d+\\.\\d+\\.\\d+")
                        && !wanted.equals(JSON.readTree(installed.toFile()).path("version").asText())) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code npm ci} in {@code serverDir} unless the dependencies are already installed. Installs are
     * serialised by a lock file in {@code serverDir}, so JVMs building with different build directories (but
     * sharing the one {@code node_modules}) never run npm at the same time; the check is repeated after the
     * lock is taken because another JVM may have just finished the install.
     *
     * @param serverDir the directory with {@code package.json} and {@code package-lock.json}
     * @param logDir where {@code npm-ci.log} is written
     * @throws IOException if npm fails or times out
     */
    static void ensureDependencies(Path serverDir, Path logDir) throws IOException {
        if (dependenciesInstalled(serverDir)) {
            return;
        }
        synchronized (INSTALL_MONITOR) {
            Path lockFile = serverDir.resolve(".npm-install.lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    log("another process is installing npm dependencies; waiting for " + lockFile);
                    lock = channel.lock();
                }
                try {
                    if (dependenciesInstalled(serverDir)) {
                        log("npm dependencies were installed meanwhile by another process");
                        return;
                    }
                    runNpmCi(serverDir, logDir);
                } finally {
                    lock.release();
                }
            }
        }
        if (!dependenciesInstalled(serverDir)) {
            throw new IOException("npm ci finished but " + serverDir.resolve("node_modules")
                    + " still lacks the pinned packages; see " + logDir.resolve("npm-ci.log"));
        }
    }

    private static void runNpmCi(Path serverDir, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path logFile = logDir.resolve("npm-ci.log");
        String npm = findOnPath(InteropSettings.npmCommand()).map(Path::toString)
                .orElse(InteropSettings.npmCommand());
        List<String> command = List.of(npm, "ci", "--no-audit", "--no-fund");
        log("installing the LangGraph server's npm dependencies: " + String.join(" ", command) + " (in "
                + serverDir + ", log " + logFile + "); this takes a few seconds with a warm npm cache");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(serverDir.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        // npm prints little; echoing each line keeps a slow install visibly alive in the build output.
        Thread pump = new Thread(() -> copyOutput(process, logFile), "npm-ci-output");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("npm ci did not finish within " + INSTALL_TIMEOUT_MINUTES
                        + " minutes; see " + logFile);
            }
            pump.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IOException("interrupted while running npm ci", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("npm ci failed with exit code " + process.exitValue() + " (see " + logFile
                    + "):\n" + LangGraphServer.tail(logFile, 40));
        }
        log(String.format("npm ci done in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    private static void copyOutput(Process process, Path logFile) {
        try (BufferedReader in = new BufferedReader(
                     new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                out.flush();
                log("npm: " + line);
            }
        } catch (IOException e) {
            log("could not copy npm output: " + e);
        }
    }

    static void log(String message) {
        System.err.println("[interop] " + message);
    }
}
