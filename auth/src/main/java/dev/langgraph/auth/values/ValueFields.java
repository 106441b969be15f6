package dev.langgraph.auth.values;

import java.util.List;
import java.util.Map;

/**
 * Every field an event value can have, with its JSON name and type. One place for the names: the typed values'
 * accessors and the request-to-event routes both use these constants.
 */
public final class ValueFields {

    /** {@code thread_id}: a thread's id (a UUID string). */
    public static final ValueField<String> THREAD_ID = string("thread_id");
    /** {@code run_id}: a run's id. */
    public static final ValueField<String> RUN_ID = string("run_id");
    /** {@code assistant_id}: an assistant's id or a graph id. */
    public static final ValueField<String> ASSISTANT_ID = string("assistant_id");
    /** {@code graph_id}: a graph's id. */
    public static final ValueField<String> GRAPH_ID = string("graph_id");
    /** {@code cron_id}: a cron's id. */
    public static final ValueField<String> CRON_ID = string("cron_id");
    /** {@code user_id}: the user a cron runs as. */
    public static final ValueField<String> USER_ID = string("user_id");
    /** {@code metadata}: a JSON object. */
    public static final ValueField<Map<String, Object>> METADATA = object("metadata");
    /** {@code if_exists}: {@code raise} or {@code do_nothing}. */
    public static final ValueField<String> IF_EXISTS = string("if_exists");
    /** {@code ttl}: a thread's TTL object {@code {ttl, strategy}}. */
    public static final ValueField<Map<String, Object>> TTL = object("ttl");
    /** {@code action}: {@code interrupt}, {@code rollback} or null. */
    public static final ValueField<String> ACTION = string("action");
    /** {@code values}: a thread search's filter on thread values. */
    public static final ValueField<Map<String, Object>> VALUES = object("values");
    /** {@code status}: a thread or run status. */
    public static final ValueField<String> STATUS = string("status");
    /** {@code limit}: a page size. */
    public static final ValueField<Integer> LIMIT = integer("limit");
    /** {@code offset}: a page offset. */
    public static final ValueField<Integer> OFFSET = integer("offset");
    /** {@code ids}: thread ids a search is restricted to. */
    public static final ValueField<List<String>> IDS = strings("ids");
    /** {@code config}: an assistant's config object. */
    public static final ValueField<Map<String, Object>> CONFIG = object("config");
    /** {@code context}: an assistant's context object. */
    public static final ValueField<Map<String, Object>> CONTEXT = object("context");
    /** {@code name}: an assistant's name. */
    public static final ValueField<String> NAME = string("name");
    /** {@code description}: an assistant's description. */
    public static final ValueField<String> DESCRIPTION = string("description");
    /** {@code version}: an assistant version. */
    public static final ValueField<Integer> VERSION = integer("version");
    /** {@code multitask_strategy}: what a new run does to a busy thread. */
    public static final ValueField<String> MULTITASK_STRATEGY = string("multitask_strategy");
    /** {@code if_not_exists}: {@code reject} or {@code create}. */
    public static final ValueField<String> IF_NOT_EXISTS = string("if_not_exists");
    /** {@code after_seconds}: a run's start delay. */
    public static final ValueField<Number> AFTER_SECONDS = new ValueField<>("after_seconds", JsonType.NUMBER,
            Number.class::cast);
    /** {@code prevent_insert_if_inflight}: whether a run is refused on a busy thread. */
    public static final ValueField<Boolean> PREVENT_INSERT_IF_INFLIGHT = new ValueField<>(
            "prevent_insert_if_inflight", JsonType.BOOLEAN, Boolean.class::cast);
    /** {@code kwargs}: the rest of a run request (input, command, config, context, stream_mode, ...). */
    public static final ValueField<Map<String, Object>> KWARGS = object("kwargs");
    /** {@code payload}: the rest of a cron request (assistant_id, input, config, ...). */
    public static final ValueField<Map<String, Object>> PAYLOAD = object("payload");
    /** {@code schedule}: a cron schedule. */
    public static final ValueField<String> SCHEDULE = string("schedule");
    /** {@code end_time}: when a cron stops. */
    public static final ValueField<String> END_TIME = string("end_time");
    /** {@code namespace}: a store namespace, its labels in order. */
    public static final ValueField<List<String>> NAMESPACE = strings("namespace");
    /** {@code key}: a store item's key. */
    public static final ValueField<String> KEY = string("key");
    /** {@code value}: a store item's value object. */
    public static final ValueField<Map<String, Object>> VALUE = object("value");
    /** {@code index}: a store item's index setting: {@code false}, a list of paths, or null. */
    public static final ValueField<Object> INDEX = new ValueField<>("index", JsonType.ANY, v -> v);
    /** {@code filter}: a store search's filter on item values. */
    public static final ValueField<Map<String, Object>> FILTER = object("filter");
    /** {@code query}: a store search's natural-language query. */
    public static final ValueField<String> QUERY = string("query");
    /** {@code suffix}: a namespace listing's suffix. */
    public static final ValueField<List<String>> SUFFIX = strings("suffix");
    /** {@code max_depth}: a namespace listing's depth. */
    public static final ValueField<Integer> MAX_DEPTH = integer("max_depth");

    private ValueFields() {
    }

    private static ValueField<String> string(String name) {
        return new ValueField<>(name, JsonType.STRING, String.class::cast);
    }

    private static ValueField<Integer> integer(String name) {
        return new ValueField<>(name, JsonType.INTEGER, v -> ((Number) v).intValue());
    }

    @SuppressWarnings("unchecked")
    private static ValueField<Map<String, Object>> object(String name) {
        return new ValueField<>(name, JsonType.OBJECT, v -> (Map<String, Object>) v);
    }

    @SuppressWarnings("unchecked")
    private static ValueField<List<String>> strings(String name) {
        return new ValueField<>(name, JsonType.STRING_ARRAY, v -> (List<String>) v);
    }
}
