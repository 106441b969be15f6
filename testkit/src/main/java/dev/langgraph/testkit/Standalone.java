package dev.langgraph.testkit;

import dev.langgraph.testkit.internal.standalone.StandaloneArgs;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;

/**
 * The main class of {@code langgraph-testkit-<version>-standalone.jar}: serves a {@link FakeLangGraphServer} with
 * the reference graphs to clients in any language, like stripe-mock.
 *
 * <pre>
 * java -jar langgraph-testkit-&lt;version&gt;-standalone.jar --port 0 --graphs reference
 * listening on http://127.0.0.1:41873
 * </pre>
 *
 * <p>When the server is ready it prints exactly one line to stdout, {@code listening on <base URL>}, and serves
 * until the process is stopped (a shutdown hook closes the server). Diagnostics go to stderr only. Options:
 * {@code --port N} (0 picks a free port; default 2024), {@code --host H} (default 127.0.0.1), {@code --graphs LIST}
 * ({@code reference} or reference graph ids, comma-separated) and {@code --help}. Bad arguments print a message
 * and the usage to stderr and exit with status 2; a port that cannot be bound exits with status 1.
 */
public final class Standalone {

    private Standalone() {
    }

    /**
     * Starts the server and blocks until the JVM is stopped. Exits the JVM with status 0 after {@code --help},
     * 1 if the server cannot listen, and 2 for bad arguments; never throws.
     *
     * @param args the command line, e.g. {@code --port 0 --graphs reference}
     */
    public static void main(String[] args) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR"); // no "no provider" notice on stderr
        }
        PrintStream out = System.out;
        PrintStream err = System.err;
        StandaloneArgs options;
        try {
            options = StandaloneArgs.parse(args);
        } catch (StandaloneArgs.UsageException e) {
            err.println("langgraph-testkit: " + e.getMessage());
            err.println(StandaloneArgs.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.println(StandaloneArgs.USAGE);
            out.flush();
            System.exit(0);
            return;
        }
        FakeLangGraphServer.Builder builder = FakeLangGraphServer.builder().host(options.host()).port(options.port());
        options.graphs().forEach(builder::graph);
        FakeLangGraphServer server;
        try {
            server = builder.start();
        } catch (UncheckedIOException e) {
            err.println("langgraph-testkit: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "langgraph-testkit-shutdown"));
        out.println("listening on " + server.baseUrl());
        out.flush();
        awaitShutdown();
    }

    /** The server's threads are daemons: the main thread keeps the JVM alive until it is stopped. */
    private static void awaitShutdown() {
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // only a signal or System.exit ends the process
            }
        }
    }
}
