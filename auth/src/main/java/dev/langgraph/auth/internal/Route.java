package dev.langgraph.auth.internal;

import dev.langgraph.auth.AuthEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One route of the LangGraph API: method, path template (e.g. {@code /threads/{thread_id}/state}) and the
 * events a request to it raises. A meta route ({@code /ok}, {@code /info}, ...) raises none.
 */
public final class Route {

    private final String method;
    private final String pattern;
    private final List<String> template;
    private final List<EventSpec> specs;

    Route(String method, String pattern, List<EventSpec> specs) {
        this.method = method;
        this.pattern = pattern;
        this.template = List.of(pattern.substring(1).split("/"));
        this.specs = List.copyOf(specs);
    }

    /**
     * The method ({@code HEAD} requests use the {@code GET} route, as Starlette does).
     *
     * @return e.g. {@code "POST"}
     */
    public String method() {
        return method;
    }

    /**
     * The path template.
     *
     * @return e.g. {@code "/threads/{thread_id}"}
     */
    public String pattern() {
        return pattern;
    }

    /**
     * Whether the route is a meta route, which raises no event.
     *
     * @return true for {@code /ok}, {@code /info}, {@code /docs}, {@code /openapi.json}, {@code /metrics}
     */
    public boolean isMeta() {
        return specs.isEmpty();
    }

    /**
     * The kinds of event the route can raise, in order (each may be raised once, never, or once per item).
     *
     * @return the events
     */
    public List<AuthEvent<?>> events() {
        return specs.stream().<AuthEvent<?>>map(EventSpec::event).toList();
    }

    boolean acceptsMethod(String requestMethod) {
        return method.equals(requestMethod) || (method.equals("GET") && requestMethod.equals("HEAD"));
    }

    Set<String> allowedMethods() {
        return method.equals("GET") ? Set.of("GET", "HEAD") : Set.of(method);
    }

    int literalCount() {
        return (int) template.stream().filter(t -> !t.startsWith("{")).count();
    }

    /** The decoded path parameters if the segments fit the template; literals must match the raw segment. */
    Optional<Map<String, String>> match(List<PathSegment> segments) {
        if (segments.size() != template.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            if (t.startsWith("{")) {
                params.put(t.substring(1, t.length() - 1), segments.get(i).decoded());
            } else if (!t.equals(segments.get(i).raw())) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    /**
     * The events a request raises, in order.
     *
     * @param data the request's working copies
     * @return the planned events (at least one for a non-meta route)
     * @throws dev.langgraph.auth.HTTPException 400 or 422 if the request cannot be read
     */
    public List<PlannedEvent> plan(RequestData data) {
        List<PlannedEvent> planned = new ArrayList<>();
        specs.forEach(s -> planned.addAll(s.plan(data)));
        return planned;
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
