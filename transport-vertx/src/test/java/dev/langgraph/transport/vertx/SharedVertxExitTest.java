package dev.langgraph.transport.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared Vert.x instance never keeps a JVM alive: an application that used it and forgot to close its
 * transport still exits when its main thread ends, and the shutdown hook closes the instance on the way out.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SharedVertxExitTest {

    @Test
    void aJvmThatUsedTheSharedInstanceExitsOnItsOwn() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ExitingApplication.class.getName())
                .redirectErrorStream(true)
                .start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });

        boolean exited = child.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            child.destroyForcibly();
        }

        assertThat(exited).as("the child JVM exited by itself").isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(output.get(30, TimeUnit.SECONDS)).contains("event loop ran on vert.x-eventloop-thread");
    }

    /** Runs in the child JVM: starts the shared instance's event loop, then returns without closing anything. */
    static final class ExitingApplication {
        public static void main(String[] args) throws Exception {
            VertxTransport transport = VertxTransport.create();
            CompletableFuture<String> thread = new CompletableFuture<>();
            transport.vertx().runOnContext(v -> thread.complete(Thread.currentThread().getName()));
            System.out.println("event loop ran on " + thread.get(30, TimeUnit.SECONDS));
        }
    }
}
