package dev.langgraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code langgraph-testkit-<version>-standalone.jar} as users do, with {@code java -jar} (failsafe, after
 * {@code package}): one ready line on stdout, a real HTTP exchange, usage errors, and a clean stop.
 */
class StandaloneJarIT {

    private static final Pattern READY = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
    private static final long TIMEOUT_SECONDS = 60;

    @BeforeAll
    static void onlyUnderFailsafe() {
        // Failsafe sets the property; surefire runs this class only when -Dtest names it, before the jar exists.
        assumeTrue(System.getProperty("testkit.standalone.jar") != null,
                "the standalone jar is tested by failsafe (mvn verify), after package");
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("testkit.standalone.jar"));
        assertThat(jar).as("the standalone jar; run `mvn verify`, which packages it first").exists();
        return jar;
    }

    /**
     * Starts the jar with stdout and stderr in files: reading a child's pipes while it exits can fail with
     * "Stream closed" on some JDKs, files cannot.
     */
    private static Process launch(Path stdout, Path stderr, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }

    /** Waits for the first complete line on stdout, or for the process to end without one. */
    private static String awaitFirstLine(Process process, Path stdout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            String out = Files.readString(stdout);
            int end = out.indexOf('\n');
            if (end >= 0) {
                return out.substring(0, end);
            }
            if (!process.isAlive()) {
                return out;
            }
            Thread.sleep(20);
        }
        return Files.readString(stdout);
    }

    @Test
    void servesUntilStoppedAfterPrintingOneReadyLine() throws Exception {
        Path stdout = Files.createTempFile("testkit-standalone", ".out");
        Path stderr = Files.createTempFile("testkit-standalone", ".err");
        Process process = launch(stdout, stderr, "--port", "0", "--graphs", "reference");
        try {
            String ready = awaitFirstLine(process, stdout);
            Matcher m = READY.matcher(ready);
            assertThat(m.matches()).as("ready line '%s'; stderr: %s", ready, Files.readString(stderr)).isTrue();

            Http http = new Http("http://127.0.0.1:" + m.group(1));
            assertThat(http.get("/ok").map()).containsEntry("ok", true);
            String thread = http.newThread();
            Http.Resp waited = http.post("/threads/" + thread + "/runs/wait", Map.of("assistant_id", "echo",
                    "input", Map.of("messages", List.of(Map.of("role", "user", "content", "hello jar")))));
            assertThat(waited.status()).isEqualTo(200);
            List<Object> messages = Http.objects(waited.map().get("messages"));
            assertThat(Http.object(messages.get(messages.size() - 1))).containsEntry("content", "echo: hello jar");

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            assertThat(Files.readString(stdout)).as("nothing on stdout but the ready line").isEqualTo(ready + "\n");
            assertThat(Files.readString(stderr)).doesNotContain("Exception");
        } finally {
            stop(process);
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    @Test
    void badArgumentsExitWithStatus2AndUsage() throws Exception {
        for (String[] args : List.of(new String[] {"--bogus"}, new String[] {"--port", "http"},
                new String[] {"--graphs", "agent"})) {
            Path stdout = Files.createTempFile("testkit-standalone", ".out");
            Path stderr = Files.createTempFile("testkit-standalone", ".err");
            Process process = launch(stdout, stderr, args);
            try {
                assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
                String err = Files.readString(stderr);
                assertThat(process.exitValue()).as("exit status for %s; stderr: %s", List.of(args), err)
                        .isEqualTo(2);
                assertThat(err).startsWith("langgraph-testkit: ").contains("Usage: java -jar")
                        .doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(Files.readString(stdout)).isEmpty();
            } finally {
                stop(process);
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        }
    }

    @Test
    void helpPrintsUsageAndExits0() throws Exception {
        Path stdout = Files.createTempFile("testkit-standalone", ".out");
        Path stderr = Files.createTempFile("testkit-standalone", ".err");
        Process process = launch(stdout, stderr, "--help");
        try {
            assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(Files.readString(stdout)).startsWith("Usage: java -jar").contains("--port", "--host", "--graphs");
        } finally {
            stop(process);
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }
}
