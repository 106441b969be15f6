package dev.langgraph.auth;

import static dev.langgraph.auth.values.ValueFields.*;

import dev.langgraph.auth.values.AssistantsCreate;
import dev.langgraph.auth.values.AssistantsDelete;
import dev.langgraph.auth.values.AssistantsRead;
import dev.langgraph.auth.values.AssistantsSearch;
import dev.langgraph.auth.values.AssistantsUpdate;
import dev.langgraph.auth.values.AssistantsValue;
import dev.langgraph.auth.values.AuthValue;
import dev.langgraph.auth.values.CronsCreate;
import dev.langgraph.auth.values.CronsDelete;
import dev.langgraph.auth.values.CronsRead;
import dev.langgraph.auth.values.CronsSearch;
import dev.langgraph.auth.values.CronsUpdate;
import dev.langgraph.auth.values.CronsValue;
import dev.langgraph.auth.values.RunsCreate;
import dev.langgraph.auth.values.StoreDelete;
import dev.langgraph.auth.values.StoreGet;
import dev.langgraph.auth.values.StoreListNamespaces;
import dev.langgraph.auth.values.StorePut;
import dev.langgraph.auth.values.StoreSearch;
import dev.langgraph.auth.values.StoreValue;
import dev.langgraph.auth.values.ThreadsCreate;
import dev.langgraph.auth.values.ThreadsDelete;
import dev.langgraph.auth.values.ThreadsRead;
import dev.langgraph.auth.values.ThreadsSearch;
import dev.langgraph.auth.values.ThreadsUpdate;
import dev.langgraph.auth.values.ThreadsValue;
import dev.langgraph.auth.values.ValueField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A typed key for registering an authorization handler: either one (resource, action) event such as
 * {@link #THREADS_CREATE} (Python {@code @auth.on.threads.create}), whose handler gets a {@link ThreadsCreate},
 * or a whole resource such as {@link #THREADS} (Python {@code @auth.on.threads}), whose handler gets the
 * resource's base value type.
 *
 * <p>Each exact event also fixes its value's fields (Python's {@code auth/types.py} table); the engine fills
 * them from the request, {@code null} for what the request does not carry.
 *
 * @param <V> the value type the handler receives
 */
public final class AuthEvent<V extends AuthValue> {

    /** {@code threads:create}. */
    public static final AuthEvent<ThreadsCreate> THREADS_CREATE = exact(Resource.THREADS, Action.CREATE,
            ThreadsCreate.class, ThreadsCreate::new, THREAD_ID, METADATA, IF_EXISTS, TTL);
    /** {@code threads:read}. */
    public static final AuthEvent<ThreadsRead> THREADS_READ = exact(Resource.THREADS, Action.READ,
            ThreadsRead.class, ThreadsRead::new, THREAD_ID, RUN_ID);
    /** {@code threads:update}. */
    public static final AuthEvent<ThreadsUpdate> THREADS_UPDATE = exact(Resource.THREADS, Action.UPDATE,
            ThreadsUpdate.class, ThreadsUpdate::new, THREAD_ID, METADATA, ACTION);
    /** {@code threads:delete}. */
    public static final AuthEvent<ThreadsDelete> THREADS_DELETE = exact(Resource.THREADS, Action.DELETE,
            ThreadsDelete.class, ThreadsDelete::new, THREAD_ID, RUN_ID);
    /** {@code threads:search}. */
    public static final AuthEvent<ThreadsSearch> THREADS_SEARCH = exact(Resource.THREADS, Action.SEARCH,
            ThreadsSearch.class, ThreadsSearch::new, THREAD_ID, METADATA, VALUES, STATUS, LIMIT, OFFSET, IDS);
    /** {@code threads:create_run}. */
    public static final AuthEvent<RunsCreate> THREADS_CREATE_RUN = exact(Resource.THREADS, Action.CREATE_RUN,
            RunsCreate.class, RunsCreate::new, ASSISTANT_ID, THREAD_ID, RUN_ID, STATUS, METADATA,
            PREVENT_INSERT_IF_INFLIGHT, MULTITASK_STRATEGY, IF_NOT_EXISTS, AFTER_SECONDS, KWARGS, ACTION);
    /** {@code assistants:create}. */
    public static final AuthEvent<AssistantsCreate> ASSISTANTS_CREATE = exact(Resource.ASSISTANTS,
            Action.CREATE, AssistantsCreate.class, AssistantsCreate::new, ASSISTANT_ID, GRAPH_ID, CONFIG, CONTEXT,
            METADATA, IF_EXISTS, NAME, DESCRIPTION);
    /** {@code assistants:read}. */
    public static final AuthEvent<AssistantsRead> ASSISTANTS_READ = exact(Resource.ASSISTANTS, Action.READ,
            AssistantsRead.class, AssistantsRead::new, ASSISTANT_ID, METADATA);
    /** {@code assistants:update}. */
    public static final AuthEvent<AssistantsUpdate> ASSISTANTS_UPDATE = exact(Resource.ASSISTANTS,
            Action.UPDATE, AssistantsUpdate.class, AssistantsUpdate::new, ASSISTANT_ID, GRAPH_ID, CONFIG, CONTEXT,
            METADATA, NAME, DESCRIPTION, VERSION);
    /** {@code assistants:delete}. */
    public static final AuthEvent<AssistantsDelete> ASSISTANTS_DELETE = exact(Resource.ASSISTANTS,
            Action.DELETE, AssistantsDelete.class, AssistantsDelete::new, ASSISTANT_ID);
    /** {@code assistants:search}. */
    public static final AuthEvent<AssistantsSearch> ASSISTANTS_SEARCH = exact(Resource.ASSISTANTS,
            Action.SEARCH, AssistantsSearch.class, AssistantsSearch::new, ASSISTANT_ID, GRAPH_ID, METADATA, LIMIT,
            OFFSET);
    /** {@code crons:create}. */
    public static final AuthEvent<CronsCreate> CRONS_CREATE = exact(Resource.CRONS, Action.CREATE,
            CronsCreate.class, CronsCreate::new, PAYLOAD, SCHEDULE, CRON_ID, THREAD_ID, USER_ID, END_TIME, METADATA);
    /** {@code crons:read}. */
    public static final AuthEvent<CronsRead> CRONS_READ = exact(Resource.CRONS, Action.READ,
            CronsRead.class, CronsRead::new, CRON_ID);
    /** {@code crons:update}. */
    public static final AuthEvent<CronsUpdate> CRONS_UPDATE = exact(Resource.CRONS, Action.UPDATE,
            CronsUpdate.class, CronsUpdate::new, CRON_ID, PAYLOAD, SCHEDULE);
    /** {@code crons:delete}. */
    public static final AuthEvent<CronsDelete> CRONS_DELETE = exact(Resource.CRONS, Action.DELETE,
            CronsDelete.class, CronsDelete::new, CRON_ID);
    /** {@code crons:search}. */
    public static final AuthEvent<CronsSearch> CRONS_SEARCH = exact(Resource.CRONS, Action.SEARCH,
            CronsSearch.class, CronsSearch::new, ASSISTANT_ID, THREAD_ID, LIMIT, OFFSET);
    /** {@code store:put}. */
    public static final AuthEvent<StorePut> STORE_PUT = exact(Resource.STORE, Action.PUT,
            StorePut.class, StorePut::new, NAMESPACE, KEY, VALUE, INDEX);
    /** {@code store:get}. */
    public static final AuthEvent<StoreGet> STORE_GET = exact(Resource.STORE, Action.GET,
            StoreGet.class, StoreGet::new, NAMESPACE, KEY);
    /** {@code store:search}. */
    public static final AuthEvent<StoreSearch> STORE_SEARCH = exact(Resource.STORE, Action.SEARCH,
            StoreSearch.class, StoreSearch::new, NAMESPACE, FILTER, LIMIT, OFFSET, QUERY);
    /** {@code store:delete}. */
    public static final AuthEvent<StoreDelete> STORE_DELETE = exact(Resource.STORE, Action.DELETE,
            StoreDelete.class, StoreDelete::new, NAMESPACE, KEY);
    /** {@code store:list_namespaces}. */
    public static final AuthEvent<StoreListNamespaces> STORE_LIST_NAMESPACES = exact(Resource.STORE,
            Action.LIST_NAMESPACES, StoreListNamespaces.class, StoreListNamespaces::new, NAMESPACE, SUFFIX,
            MAX_DEPTH, LIMIT, OFFSET);

    /** Every {@code threads} event ({@code threads:*}). */
    public static final AuthEvent<ThreadsValue> THREADS = anyAction(Resource.THREADS, ThreadsValue.class);
    /** Every {@code assistants} event ({@code assistants:*}). */
    public static final AuthEvent<AssistantsValue> ASSISTANTS = anyAction(Resource.ASSISTANTS,
            AssistantsValue.class);
    /** Every {@code crons} event ({@code crons:*}). */
    public static final AuthEvent<CronsValue> CRONS = anyAction(Resource.CRONS, CronsValue.class);
    /** Every {@code store} event ({@code store:*}). */
    public static final AuthEvent<StoreValue> STORE = anyAction(Resource.STORE, StoreValue.class);

    private static final List<AuthEvent<?>> EXACT = List.of(THREADS_CREATE, THREADS_READ, THREADS_UPDATE,
            THREADS_DELETE, THREADS_SEARCH, THREADS_CREATE_RUN, ASSISTANTS_CREATE, ASSISTANTS_READ,
            ASSISTANTS_UPDATE, ASSISTANTS_DELETE, ASSISTANTS_SEARCH, CRONS_CREATE, CRONS_READ, CRONS_UPDATE,
            CRONS_DELETE, CRONS_SEARCH, STORE_PUT, STORE_GET, STORE_SEARCH, STORE_DELETE, STORE_LIST_NAMESPACES);

    private static final Map<String, AuthEvent<?>> BY_NAME = Stream.concat(EXACT.stream(),
                    Stream.of(THREADS, ASSISTANTS, CRONS, STORE))
            .collect(Collectors.toUnmodifiableMap(AuthEvent::toString, e -> e));

    private final Resource resource;
    private final Action action;
    private final Class<V> valueType;
    private final Function<Map<String, Object>, V> factory;
    private final List<ValueField<?>> fields;

    private AuthEvent(Resource resource, Action action, Class<V> valueType,
            Function<Map<String, Object>, V> factory, List<ValueField<?>> fields) {
        this.resource = resource;
        this.action = action;
        this.valueType = valueType;
        this.factory = factory;
        this.fields = fields;
    }

    private static <V extends AuthValue> AuthEvent<V> exact(Resource resource, Action action, Class<V> type,
            Function<Map<String, Object>, V> factory, ValueField<?>... fields) {
        return new AuthEvent<>(resource, action, type, factory, List.of(fields));
    }

    private static <V extends AuthValue> AuthEvent<V> anyAction(Resource resource, Class<V> type) {
        return new AuthEvent<>(resource, null, type, null, List.of());
    }

    /**
     * Every exact (resource, action) event, in the order of Python's types table.
     *
     * @return the 21 events
     */
    public static List<AuthEvent<?>> all() {
        return EXACT;
    }

    /**
     * The exact event of a resource and an action.
     *
     * @param resource the resource
     * @param action the action
     * @return the event
     * @throws IllegalArgumentException if the resource has no such action (e.g. {@code store:create})
     */
    public static AuthEvent<?> of(Resource resource, Action action) {
        return parse(resource.value() + ":" + action.value());
    }

    /**
     * The event of a JS-style name: {@code "threads:create"} or {@code "threads"} for the whole resource.
     *
     * @param name the name
     * @return the event
     * @throws IllegalArgumentException if no event has this name
     */
    public static AuthEvent<?> parse(String name) {
        String key = name != null && !name.contains(":") ? name + ":*" : name;
        AuthEvent<?> event = BY_NAME.get(key);
        if (event == null) {
            throw new IllegalArgumentException("Unknown auth event: '" + name + "'");
        }
        return event;
    }

    /**
     * The resource.
     *
     * @return the resource
     */
    public Resource resource() {
        return resource;
    }

    /**
     * The action.
     *
     * @return the action, empty for a resource-wide key such as {@link #THREADS}
     */
    public Optional<Action> action() {
        return Optional.ofNullable(action);
    }

    /**
     * The type of value the handler receives.
     *
     * @return e.g. {@code ThreadsCreate.class}, or {@code ThreadsValue.class} for {@link #THREADS}
     */
    public Class<V> valueType() {
        return valueType;
    }

    /**
     * The fields of this event's value, in Python's order.
     *
     * @return the fields; empty for a resource-wide key
     */
    public List<ValueField<?>> fields() {
        return fields;
    }

    /**
     * A new value of this event: every field of {@link #fields()} set to null, then the given entries.
     *
     * @param entries the fields to set (JSON-like; nested objects are shared with the value, not copied)
     * @return the typed value
     * @throws IllegalStateException if this is a resource-wide key
     */
    V newValue(Map<String, Object> entries) {
        if (factory == null) {
            throw new IllegalStateException(this + " is a resource-wide key, not an event");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name(), null));
        map.putAll(entries);
        return factory.apply(map);
    }

    /**
     * The JS-style name.
     *
     * @return e.g. {@code "threads:create"}, or {@code "threads:*"} for the whole resource
     */
    @Override
    public String toString() {
        return resource.value() + ":" + (action == null ? "*" : action.value());
    }
}
