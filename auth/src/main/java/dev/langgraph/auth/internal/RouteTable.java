package dev.langgraph.auth.internal;

import static dev.langgraph.auth.AuthEvent.*;
import static dev.langgraph.auth.internal.EventSpec.eachElement;
import static dev.langgraph.auth.internal.EventSpec.eachItem;
import static dev.langgraph.auth.internal.EventSpec.one;
import static dev.langgraph.auth.internal.Sources.body;
import static dev.langgraph.auth.internal.Sources.bodyReadOnly;
import static dev.langgraph.auth.internal.Sources.computed;
import static dev.langgraph.auth.internal.Sources.constant;
import static dev.langgraph.auth.internal.Sources.element;
import static dev.langgraph.auth.internal.Sources.path;
import static dev.langgraph.auth.internal.Sources.query;
import static dev.langgraph.auth.internal.Sources.queryNamespace;
import static dev.langgraph.auth.internal.Sources.rest;
import static dev.langgraph.auth.values.ValueFields.*;

import dev.langgraph.auth.HTTPException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Every route of the LangGraph API (server-behaviour §7.4) and the events it raises: the one place where a
 * request becomes (resource, action, value). Values follow Python's {@code auth/types.py}; where the Python and
 * JS servers differ, or the spec leaves a gap, the choice that never weakens a check is taken (see the notes).
 */
public final class RouteTable {

    /** The meta routes, which raise no event and are public unless an adapter says otherwise. */
    public static final Set<String> META_PATHS = Set.of("/ok", "/info", "/docs", "/openapi.json", "/metrics");

    private static final EventSpec READ_ASSISTANT = one(ASSISTANTS_READ, path(ASSISTANT_ID));
    private static final EventSpec READ_THREAD = one(THREADS_READ, path(THREAD_ID));
    private static final EventSpec READ_RUN = one(THREADS_READ, path(THREAD_ID), path(RUN_ID));
    private static final EventSpec STATEFUL_RUN = one(THREADS_CREATE_RUN, path(THREAD_ID), body(ASSISTANT_ID),
            body(METADATA), body(MULTITASK_STRATEGY), body(IF_NOT_EXISTS), body(AFTER_SECONDS),
            constant(STATUS, "pending"), rest(KWARGS));
    // Stateless runs have no thread yet: thread_id stays null (a body thread_id lands in kwargs, unused).
    private static final Source[] STATELESS_RUN_FIELDS = {body(ASSISTANT_ID), body(METADATA),
            body(MULTITASK_STRATEGY), body(IF_NOT_EXISTS), body(AFTER_SECONDS), constant(STATUS, "pending"),
            rest(KWARGS)};
    private static final EventSpec STATELESS_RUN = one(THREADS_CREATE_RUN, STATELESS_RUN_FIELDS);

    private static final List<Route> ROUTES = List.of(
            meta("/ok"), meta("/info"), meta("/docs"), meta("/openapi.json"), meta("/metrics"),

            route("POST", "/assistants", one(ASSISTANTS_CREATE, body(ASSISTANT_ID), body(GRAPH_ID), body(CONFIG),
                    body(CONTEXT), body(METADATA), body(IF_EXISTS), body(NAME), body(DESCRIPTION))),
            route("POST", "/assistants/search", one(ASSISTANTS_SEARCH, body(GRAPH_ID), body(METADATA),
                    body(LIMIT), body(OFFSET))),
            route("POST", "/assistants/count", one(ASSISTANTS_SEARCH, body(GRAPH_ID), body(METADATA),
                    constant(LIMIT, 0), constant(OFFSET, 0))),
            route("GET", "/assistants/{assistant_id}", READ_ASSISTANT),
            route("GET", "/assistants/{assistant_id}/graph", READ_ASSISTANT),
            route("GET", "/assistants/{assistant_id}/schemas", READ_ASSISTANT),
            route("GET", "/assistants/{assistant_id}/subgraphs", READ_ASSISTANT),
            route("GET", "/assistants/{assistant_id}/subgraphs/{namespace}", READ_ASSISTANT),
            route("PATCH", "/assistants/{assistant_id}", one(ASSISTANTS_UPDATE, path(ASSISTANT_ID), body(GRAPH_ID),
                    body(CONFIG), body(CONTEXT), body(METADATA), body(NAME), body(DESCRIPTION))),
            route("POST", "/assistants/{assistant_id}/latest", one(ASSISTANTS_UPDATE, path(ASSISTANT_ID),
                    body(VERSION))),
            // delete_threads=true also deletes the assistant's threads: ask the threads:delete handler too.
            route("DELETE", "/assistants/{assistant_id}", one(ASSISTANTS_DELETE, path(ASSISTANT_ID)),
                    one(THREADS_DELETE).when(queryFlag("delete_threads"))),
            // Python raises assistants:search here (JS: read); the Python server is normative.
            route("POST", "/assistants/{assistant_id}/versions", one(ASSISTANTS_SEARCH, path(ASSISTANT_ID),
                    body(METADATA), body(LIMIT), body(OFFSET))),

            // Supersteps are state updates of the new thread: threads:update after threads:create.
            route("POST", "/threads", one(THREADS_CREATE, body(THREAD_ID), body(METADATA), body(IF_EXISTS),
                    body(TTL)), one(THREADS_UPDATE, bodyReadOnly(THREAD_ID)).when(nonEmptyBodyArray("supersteps"))),
            route("POST", "/threads/search", one(THREADS_SEARCH, body(METADATA), body(VALUES), body(STATUS),
                    body(LIMIT), body(OFFSET), body(IDS))),
            route("POST", "/threads/count", one(THREADS_SEARCH, body(METADATA), body(VALUES), body(STATUS),
                    constant(LIMIT, 0), constant(OFFSET, 0))),
            // Not in the Python 0.5.23 code (an open point of the spec): one event per thread, delete for the
            // default strategy and anything unknown, update for keep_latest (it rewrites the thread's history).
            route("POST", "/threads/prune",
                    eachElement(THREADS_DELETE, "thread_ids", element(THREAD_ID)).when(pruneDeletes()),
                    eachElement(THREADS_UPDATE, "thread_ids", element(THREAD_ID)).when(pruneDeletes().negate())),
            route("GET", "/threads/{thread_id}", READ_THREAD),
            route("PATCH", "/threads/{thread_id}", one(THREADS_UPDATE, path(THREAD_ID), body(METADATA))),
            route("DELETE", "/threads/{thread_id}", one(THREADS_DELETE, path(THREAD_ID))),
            // The copy's id is made by the server: threads:create sees no id, and its changes have no request
            // to go back to.
            route("POST", "/threads/{thread_id}/copy", READ_THREAD, one(THREADS_CREATE)),
            route("GET", "/threads/{thread_id}/state", READ_THREAD),
            route("POST", "/threads/{thread_id}/state", one(THREADS_UPDATE, path(THREAD_ID))),
            route("PATCH", "/threads/{thread_id}/state", one(THREADS_UPDATE, path(THREAD_ID), body(METADATA))),
            route("GET", "/threads/{thread_id}/state/{checkpoint_id}", READ_THREAD),
            route("POST", "/threads/{thread_id}/state/checkpoint", READ_THREAD),
            route("GET", "/threads/{thread_id}/history", READ_THREAD),
            route("POST", "/threads/{thread_id}/history", READ_THREAD),
            route("GET", "/threads/{thread_id}/stream", READ_THREAD),

            route("POST", "/threads/{thread_id}/runs", STATEFUL_RUN),
            route("POST", "/threads/{thread_id}/runs/stream", STATEFUL_RUN),
            route("POST", "/threads/{thread_id}/runs/wait", STATEFUL_RUN),
            route("GET", "/threads/{thread_id}/runs", one(THREADS_SEARCH, path(THREAD_ID)), READ_THREAD),
            route("GET", "/threads/{thread_id}/runs/{run_id}", READ_RUN),
            route("DELETE", "/threads/{thread_id}/runs/{run_id}", one(THREADS_DELETE, path(THREAD_ID),
                    path(RUN_ID))),
            route("POST", "/threads/{thread_id}/runs/{run_id}/cancel", one(THREADS_UPDATE, path(THREAD_ID),
                    computed(ACTION, false, RouteTable::cancelAction),
                    computed(METADATA, false, in -> cancelTargets(List.of(in.data().pathParam("run_id")), null)))),
            route("GET", "/threads/{thread_id}/runs/{run_id}/join", READ_RUN),
            route("GET", "/threads/{thread_id}/runs/{run_id}/stream", READ_RUN),
            route("POST", "/runs", STATELESS_RUN),
            route("POST", "/runs/stream", STATELESS_RUN),
            route("POST", "/runs/wait", STATELESS_RUN),
            route("POST", "/runs/batch", eachItem(THREADS_CREATE_RUN, STATELESS_RUN_FIELDS)),
            route("POST", "/runs/cancel", one(THREADS_UPDATE, body(THREAD_ID),
                    computed(ACTION, false, RouteTable::cancelAction),
                    computed(METADATA, true, in -> cancelTargets(in.object().get("run_ids"),
                            in.object().get("status"))))),
            // JS only: joins a stateless run, whose thread is not known from the path.
            route("GET", "/runs/{run_id}/stream", one(THREADS_READ, path(RUN_ID))),

            route("POST", "/runs/crons", one(CRONS_CREATE, body(SCHEDULE), body(END_TIME), body(METADATA),
                    rest(PAYLOAD))),
            route("POST", "/threads/{thread_id}/runs/crons", one(CRONS_CREATE, path(THREAD_ID), body(SCHEDULE),
                    body(END_TIME), body(METADATA), rest(PAYLOAD))),
            route("POST", "/runs/crons/search", one(CRONS_SEARCH, body(ASSISTANT_ID), body(THREAD_ID),
                    body(LIMIT), body(OFFSET))),
            route("POST", "/runs/crons/count", one(CRONS_SEARCH, body(ASSISTANT_ID), body(THREAD_ID),
                    constant(LIMIT, 0), constant(OFFSET, 0))),
            route("PATCH", "/runs/crons/{cron_id}", one(CRONS_UPDATE, path(CRON_ID), body(SCHEDULE),
                    rest(PAYLOAD))),
            route("DELETE", "/runs/crons/{cron_id}", one(CRONS_DELETE, path(CRON_ID))),

            route("PUT", "/store/items", one(STORE_PUT, body(NAMESPACE), body(KEY), body(VALUE), body(INDEX))),
            route("GET", "/store/items", one(STORE_GET, queryNamespace(NAMESPACE, "namespace"),
                    query(KEY, "key"))),
            route("DELETE", "/store/items", one(STORE_DELETE, body(NAMESPACE), body(KEY))),
            route("POST", "/store/items/search", one(STORE_SEARCH, body(NAMESPACE, "namespace_prefix"),
                    body(FILTER), body(LIMIT), body(OFFSET), body(QUERY))),
            route("POST", "/store/namespaces", one(STORE_LIST_NAMESPACES, body(NAMESPACE, "prefix"),
                    body(SUFFIX), body(MAX_DEPTH), body(LIMIT), body(OFFSET))));

    private RouteTable() {
    }

    /**
     * Every route, meta routes first.
     *
     * @return the routes
     */
    public static List<Route> routes() {
        return ROUTES;
    }

    /**
     * The route of a request. Methods are case-sensitive and never taken from override headers.
     *
     * @param method the request's method as received
     * @param segments the request's path segments
     * @return the route and its path parameters
     * @throws HTTPException 404 when no route has this path, 405 (with {@code Allow}) when none has this method
     */
    public static RouteMatch resolve(String method, List<PathSegment> segments) {
        List<RouteMatch> byPath = new ArrayList<>();
        for (Route r : ROUTES) {
            r.match(segments).ifPresent(params -> byPath.add(new RouteMatch(r, params)));
        }
        if (byPath.isEmpty()) {
            throw new HTTPException(404);
        }
        // Starlette tries routes in order and takes the first full match; a literal segment beating a
        // parameter gives the same result for this API's routes and does not depend on declaration order.
        Optional<RouteMatch> best = byPath.stream().filter(m -> m.route().acceptsMethod(method))
                .max(Comparator.comparingInt(m -> m.route().literalCount()));
        if (best.isPresent()) {
            return best.get();
        }
        Set<String> allowed = new TreeSet<>();
        byPath.forEach(m -> allowed.addAll(m.route().allowedMethods()));
        throw new HTTPException(405, null, Map.of("Allow", String.join(", ", allowed)));
    }

    private static Route meta(String path) {
        return new Route("GET", path, List.of());
    }

    private static Route route(String method, String pattern, EventSpec... specs) {
        return new Route(method, pattern, List.of(specs));
    }

    /**
     * A boolean query flag, read so that it is never weaker than the server's reading: only an absent flag or
     * an explicit {@code false}/{@code 0}/{@code no}/{@code off} counts as false.
     */
    private static Predicate<RequestData> queryFlag(String name) {
        return data -> data.singleQuery(name)
                .map(v -> !Set.of("false", "0", "no", "off").contains(v.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    private static Predicate<RequestData> nonEmptyBodyArray(String key) {
        return data -> data.bodyObject().get(key) instanceof List<?> list && !list.isEmpty();
    }

    private static Predicate<RequestData> pruneDeletes() {
        return data -> {
            Object strategy = data.bodyObject().get("strategy");
            return strategy == null || !"keep_latest".equals(strategy);
        };
    }

    /** The servers read {@code ?action=rollback} and treat anything else as {@code interrupt}. */
    private static Object cancelAction(EventInput in) {
        return in.data().singleQuery("action").filter("rollback"::equals).orElse("interrupt");
    }

    private static Map<String, Object> cancelTargets(Object runIds, Object status) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("run_ids", runIds);
        metadata.put("status", status);
        return metadata;
    }
}
