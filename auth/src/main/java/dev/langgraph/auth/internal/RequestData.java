package dev.langgraph.auth.internal;

import dev.langgraph.auth.HTTPException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a request the route table reads, as working copies: event values are filled from them, and
 * handlers' changes are written back into them, so the adapter can forward exactly what was authorized.
 */
public final class RequestData {

    /** What the Python server answers for a missing or broken body on a route that reads one. */
    static final String INVALID_JSON = "Invalid JSON in request body";

    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final boolean invalidBody;
    private Object body;

    /**
     * Creates the working copies.
     *
     * @param pathParams the matched route's decoded path parameters
     * @param query the decoded query parameters
     * @param body the parsed JSON body, null when none
     * @param invalidBody whether a body was sent but is not JSON
     */
    public RequestData(Map<String, String> pathParams, Map<String, List<String>> query, Object body,
            boolean invalidBody) {
        this.pathParams = Map.copyOf(pathParams);
        this.query = new LinkedHashMap<>();
        query.forEach((k, v) -> this.query.put(k, new ArrayList<>(v)));
        this.body = JsonValues.mutableCopy(body);
        this.invalidBody = invalidBody;
    }

    /**
     * The body after handlers' changes.
     *
     * @return the working body (null when the request had none and no route read it)
     */
    public Object body() {
        return body;
    }

    /**
     * The query after handlers' changes.
     *
     * @return the working query
     */
    public Map<String, List<String>> query() {
        return query;
    }

    String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("Route has no path parameter " + name);
        }
        return value;
    }

    /**
     * The single value of a query parameter. A repeated parameter is refused: the engine and the server could
     * pick different ones (Starlette takes the last, Hono the first).
     */
    Optional<String> singleQuery(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw new HTTPException(400, "Repeated query parameter: " + name);
        }
        return Optional.of(values.get(0));
    }

    void setQuery(String name, String value) {
        if (value == null) {
            query.remove(name);
        } else {
            query.put(name, new ArrayList<>(List.of(value)));
        }
    }

    /** The body as a JSON object, an empty one (kept, so handlers' additions reach it) when there is none. */
    @SuppressWarnings("unchecked")
    Map<String, Object> bodyObject() {
        if (invalidBody) {
            throw new HTTPException(422, INVALID_JSON);
        }
        if (body == null) {
            body = new LinkedHashMap<String, Object>();
        }
        if (!(body instanceof Map)) {
            throw new HTTPException(422, "Request body must be a JSON object");
        }
        return (Map<String, Object>) body;
    }

    /** The body as a non-empty JSON array of objects. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> bodyObjects() {
        if (invalidBody) {
            throw new HTTPException(422, INVALID_JSON);
        }
        if (!(body instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(Map.class::isInstance)) {
            throw new HTTPException(422, "Request body must be a non-empty JSON array of objects");
        }
        return (List<Map<String, Object>>) body;
    }
}
