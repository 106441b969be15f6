package dev.langgraph.testkit.internal.routes;

import dev.langgraph.testkit.internal.http.Reply;
import dev.langgraph.testkit.internal.http.Router;
import dev.langgraph.testkit.internal.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /openapi.json} and {@code GET /docs}: an OpenAPI 3.1 document listing the routes this fake serves
 * (built from the router, so it never drifts from them), and an HTML page with the same list. The Python server
 * serves its full hand-written schema and an interactive viewer; the fake describes only paths, methods and path
 * parameters, and its page loads nothing from the network.
 */
final class ApiDocsRoutes {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHOD_ORDER = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String VERSION = "0.5.23";

    private ApiDocsRoutes() {
    }

    static void register(Router router) {
        router.add("GET", "/openapi.json", r -> Reply.ok(openApi(router)));
        router.add("GET", "/docs", r -> TextReply.html(page(router)));
    }

    private static Map<String, Object> openApi(Router router) {
        Map<String, Object> paths = new TreeMap<>();
        for (Router.Endpoint e : sorted(router)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(e.pattern(),
                    p -> new LinkedHashMap<String, Object>());
            item.put(e.method().toLowerCase(Locale.ROOT), operation(e));
        }
        return Json.obj("openapi", "3.1.0",
                "info", Json.obj("title", "LangGraph testkit (fake LangGraph Server API)", "version", VERSION,
                        "description", "The routes served by langgraph-testkit's in-memory fake of the LangGraph"
                                + " Server API. Errors are JSON {\"detail\": ...}."),
                "paths", paths,
                "components", Json.obj("schemas", Json.obj("ErrorResponse", Json.obj("type", "object",
                        "properties", Json.obj("detail", Json.obj("type", "string"))))));
    }

    private static Map<String, Object> operation(Router.Endpoint e) {
        List<Object> parameters = new ArrayList<>();
        Matcher m = PARAM.matcher(e.pattern());
        while (m.find()) {
            parameters.add(Json.obj("name", m.group(1), "in", "path", "required", true,
                    "schema", Json.obj("type", "string")));
        }
        Map<String, Object> op = Json.obj("operationId", operationId(e), "tags", List.of(tag(e.pattern())),
                "summary", e.method() + " " + e.pattern());
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        op.put("responses", Json.obj(
                "2XX", Json.obj("description", "Success"),
                "default", Json.obj("description", "Error", "content", Json.obj("application/json",
                        Json.obj("schema", Json.obj("$ref", "#/components/schemas/ErrorResponse"))))));
        return op;
    }

    /** {@code get_threads_thread_id_runs}: unique per method and pattern. */
    private static String operationId(Router.Endpoint e) {
        String path = e.pattern().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return e.method().toLowerCase(Locale.ROOT) + (path.isEmpty() ? "" : "_" + path);
    }

    private static String tag(String pattern) {
        String[] segments = pattern.split("/");
        String first = segments.length > 1 ? segments[1] : "";
        if (first.equals("runs") && segments.length > 2 && segments[2].equals("crons")) {
            return "Crons";
        }
        return switch (first) {
            case "assistants" -> "Assistants";
            case "threads" -> "Threads";
            case "runs" -> "Runs";
            case "store" -> "Store";
            default -> "System";
        };
    }

    private static String page(Router router) {
        StringBuilder rows = new StringBuilder();
        for (Router.Endpoint e : sorted(router)) {
            rows.append("<tr><td><code>").append(e.method()).append("</code></td><td><code>")
                    .append(escape(e.pattern())).append("</code></td></tr>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>LangGraph testkit API</title></head>\n<body>\n<h1>LangGraph testkit API</h1>\n"
                + "<p>The routes of this fake LangGraph server. Machine-readable: "
                + "<a href=\"/openapi.json\">/openapi.json</a>.</p>\n"
                + "<table>\n<tr><th>method</th><th>path</th></tr>\n" + rows + "</table>\n</body></html>\n";
    }

    private static List<Router.Endpoint> sorted(Router router) {
        List<Router.Endpoint> list = new ArrayList<>(router.endpoints());
        list.sort(Comparator.comparing(Router.Endpoint::pattern)
                .thenComparing(e -> METHOD_ORDER.indexOf(e.method())));
        return list;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
