package dev.langgraph.auth.servlet.internal;

import dev.langgraph.auth.Action;
import dev.langgraph.auth.AuthOutcome;
import dev.langgraph.auth.AuthorizedEvent;
import dev.langgraph.auth.Resource;
import dev.langgraph.auth.servlet.ResourceReader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a gateway does with an allowed request so that the handlers' filters hold on a server without auth (see
 * {@code GatewayMode} for the rules): refuse it (404, 409, 403, 502), answer it itself (a search no resource can
 * match), or forward it, maybe with the filter added to a search body and a check of the response.
 */
public final class GatewayPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayPolicy.class);
    private static final Refuse NOT_FOUND = new Refuse(404, "Not found");
    private static final Refuse CONFLICT = new Refuse(409, "Conflict");
    private static final Refuse CANNOT_ENFORCE = new Refuse(403, "Forbidden");
    private static final Refuse BAD_GATEWAY = new Refuse(502, "Bad Gateway");

    private final ResourceReader reader;

    /**
     * A policy reading resources through a reader.
     *
     * @param reader the reader of the server's resources
     */
    public GatewayPolicy(ResourceReader reader) {
        this.reader = reader;
    }

    /** What to do with a request. */
    public sealed interface Decision permits Refuse, Answer, Forward {
    }

    /**
     * Refuse with {@code {"detail": detail}}.
     *
     * @param status the status
     * @param detail the detail
     */
    public record Refuse(int status, String detail) implements Decision {
    }

    /**
     * Answer 200 with this JSON without asking the server.
     *
     * @param json the JSON value
     */
    public record Answer(Object json) implements Decision {
    }

    /**
     * Forward the request.
     *
     * @param body the body to forward (the handlers' changes, plus any added search filter); null to forward the
     *     body as received
     * @param responseFilter when present, the response is a single resource whose {@code metadata} must match this
     *     filter, else it becomes 404
     */
    public record Forward(Object body, Optional<Map<String, Object>> responseFilter) implements Decision {
    }

    /**
     * Decides a request the engine allowed.
     *
     * @param method the request's method
     * @param path the raw path the engine accepted (canonical: no dot segments, encoded slashes or empty segments)
     * @param allowed the engine's outcome
     * @return the decision
     */
    public Decision decide(String method, String path, AuthOutcome.Allowed allowed) {
        List<String> segments = List.of(path.substring(1).split("/"));
        Map<String, Optional<Map<String, Object>>> reads = new HashMap<>();
        Object body = allowed.body();
        Optional<Map<String, Object>> responseFilter = Optional.empty();
        for (AuthorizedEvent event : allowed.events()) {
            Map<String, Object> filter = event.filter().orElse(null);
            Resource resource = event.event().resource();
            if (filter == null || resource == Resource.STORE) {
                continue; // the Python server ignores store filters
            }
            Action action = event.context().action();
            String id = idOf(event);
            if (action == Action.SEARCH && id == null) {
                if (resource == Resource.CRONS) {
                    return CANNOT_ENFORCE;
                }
                Object bodyMetadata = body instanceof Map<?, ?> m ? m.get("metadata") : null;
                Optional<Map<String, Object>> merged = MetadataFilters.merge(bodyMetadata, filter);
                if (merged.isEmpty()) {
                    return new Answer(segments.get(segments.size() - 1).equals("count") ? 0 : List.of());
                }
                body = withMetadata(body, merged.get());
                continue;
            }
            if (id == null && createsTheResource(action, method, segments)) {
                continue; // a new thread, assistant, cron or stateless run: nothing of anyone else's to protect
            }
            if (id == null || resource == Resource.CRONS) {
                return CANNOT_ENFORCE;
            }
            if (method.equals("GET") && segments.size() == 2 && segments.get(0).equals(collection(resource))) {
                responseFilter = Optional.of(filter);
                continue;
            }
            if (id.isBlank() || id.equals(".") || id.equals("..")) {
                return NOT_FOUND;
            }
            Optional<Map<String, Object>> current;
            try {
                current = reads.computeIfAbsent(resource + "/" + id,
                        k -> reader.read("/" + collection(resource) + "/" + Queries.component(id)));
            } catch (RuntimeException e) {
                LOG.warn("Gateway refused {} {} with 502: reading its {} failed", method, printable(path),
                        resource, e);
                return BAD_GATEWAY;
            }
            if (current.isPresent() && !MetadataFilters.matches(filter, current.get().get("metadata"))) {
                return action == Action.CREATE || isCopy(method, segments) ? CONFLICT : NOT_FOUND;
            }
        }
        return new Forward(body, responseFilter);
    }

    private static String idOf(AuthorizedEvent event) {
        String field = switch (event.event().resource()) {
            case THREADS -> "thread_id";
            case ASSISTANTS -> "assistant_id";
            case CRONS -> "cron_id";
            default -> null;
        };
        return field != null && event.value().get(field) instanceof String s ? s : null;
    }

    /** Creation without an id, or the supersteps update of a thread {@code POST /threads} creates. */
    private static boolean createsTheResource(Action action, String method, List<String> segments) {
        boolean threadCreation = method.equals("POST") && segments.equals(List.of("threads"));
        return action == Action.CREATE || action == Action.CREATE_RUN || threadCreation;
    }

    private static boolean isCopy(String method, List<String> segments) {
        return method.equals("POST") && segments.size() == 3 && segments.get(0).equals("threads")
                && segments.get(2).equals("copy");
    }

    private static String collection(Resource resource) {
        return resource == Resource.THREADS ? "threads" : resource == Resource.ASSISTANTS ? "assistants" : "crons";
    }

    private static Map<String, Object> withMetadata(Object body, Map<String, Object> metadata) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (body instanceof Map<?, ?> m) {
            m.forEach((k, v) -> copy.put((String) k, v));
        }
        copy.put("metadata", metadata);
        return copy;
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
