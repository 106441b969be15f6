package dev.langgraph.testkit.internal.standalone;

import dev.langgraph.testkit.graph.Graph;
import dev.langgraph.testkit.graph.ReferenceGraphs;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standalone server's command line: {@code --port N}, {@code --host H}, {@code --graphs LIST}, {@code --help}
 * (each value also as {@code --name=value}).
 *
 * @param help whether usage was asked for (nothing else is then done)
 * @param host the address to listen on
 * @param port the port, 0 for a free one
 * @param graphs the graphs to serve, by id
 */
public record StandaloneArgs(boolean help, String host, int port, Map<String, Graph> graphs) {

    /** The port of {@code langgraph dev}, used when none is given. */
    public static final int DEFAULT_PORT = 2024;

    /** What {@code --help} prints, and bad arguments print after their message. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar langgraph-testkit-<version>-standalone.jar [options]",
            "",
            "Serves the LangGraph Server API from memory (langgraph-testkit's fake server) until killed.",
            "When ready it prints one line to stdout: listening on http://<host>:<port>",
            "",
            "Options:",
            "  --port N        port to listen on; 0 picks a free one (default " + DEFAULT_PORT + ")",
            "  --host H        address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
            "  --graphs LIST   graphs to serve: 'reference' (all of them, the default) or a comma-separated",
            "                  list of reference graph ids: " + String.join(", ", ReferenceGraphs.all().keySet()),
            "  --help          print this help and exit",
            "",
            "Exit codes: 0 after --help, 1 if the port cannot be bound, 2 for bad arguments.");

    /**
     * Thrown for arguments that cannot be used; the message says which and why.
     */
    public static final class UsageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Parses the arguments.
     *
     * @param args the command line
     * @return the settings
     * @throws UsageException if an argument is unknown, lacks its value, or has a bad value
     */
    public static StandaloneArgs parse(String... args) {
        boolean help = false;
        String host = "127.0.0.1";
        int port = DEFAULT_PORT;
        String graphs = "reference";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--port" -> {
                    value = value != null ? value : next(args, ++i, name);
                    port = port(value);
                }
                case "--host" -> {
                    host = value != null ? value : next(args, ++i, name);
                    if (host.isBlank()) {
                        throw new UsageException("--host must not be empty");
                    }
                }
                case "--graphs" -> graphs = value != null ? value : next(args, ++i, name);
                default -> throw new UsageException("unknown argument '" + arg + "'");
            }
        }
        return new StandaloneArgs(help, host, port, graphs(graphs));
    }

    private static String next(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new UsageException(name + " needs a value");
        }
        return args[i];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new UsageException("--port must be a number from 0 to 65535, not '" + value + "'");
    }

    private static Map<String, Graph> graphs(String list) {
        Map<String, Graph> reference = ReferenceGraphs.all();
        Map<String, Graph> chosen = new LinkedHashMap<>();
        for (String raw : list.split(",")) {
            String id = raw.trim();
            if (id.equals("reference")) {
                chosen.putAll(reference);
            } else if (reference.containsKey(id)) {
                chosen.put(id, reference.get(id));
            } else {
                throw new UsageException("unknown graph '" + id + "' in --graphs; use 'reference' or some of "
                        + String.join(", ", reference.keySet()));
            }
        }
        return chosen;
    }
}
