package dev.langgraph.auth.internal;

import dev.langgraph.auth.HTTPException;
import dev.langgraph.auth.values.ValueField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The kinds of {@link Source} the route table is written with. */
final class Sources {

    private Sources() {
    }

    /** A body key under the field's own name; a handler's change is written back. */
    static Source body(ValueField<?> field) {
        return body(field, field.name());
    }

    /** A body key (e.g. {@code namespace_prefix} for the field {@code namespace}); changes are written back. */
    static Source body(ValueField<?> field, String bodyKey) {
        return new BodySource(field, bodyKey, true);
    }

    /** A body key read for a second event of the same request; the first event owns its write-back. */
    static Source bodyReadOnly(ValueField<?> field) {
        return new BodySource(field, field.name(), false);
    }

    /** A path parameter of the field's name. Paths are never rewritten: a handler's change has no effect. */
    static Source path(ValueField<?> field) {
        return simple(field, false, in -> in.data().pathParam(field.name()));
    }

    /** A fixed value (e.g. {@code limit: 0} for counts). */
    static Source constant(ValueField<?> field, Object value) {
        return simple(field, false, in -> value);
    }

    /** The array element the event is about (pruning). */
    static Source element(ValueField<?> field) {
        return simple(field, false, EventInput::element);
    }

    /** A value computed from the request, never written back. */
    static Source computed(ValueField<?> field, boolean readsBody, Function<EventInput, Object> compute) {
        return simple(field, readsBody, compute);
    }

    /** The body keys no other field takes, as one object (a run's {@code kwargs}, a cron's {@code payload}). */
    static Source rest(ValueField<Map<String, Object>> field) {
        return new RestSource(field);
    }

    /** A single-valued query parameter; changes are written back. */
    static Source query(ValueField<String> field, String queryKey) {
        return new QuerySource(field, queryKey);
    }

    /** A store namespace sent as one query parameter with {@code .} between labels; changes are written back. */
    static Source queryNamespace(ValueField<List<String>> field, String queryKey) {
        return new QueryNamespaceSource(field, queryKey);
    }

    private static Source simple(ValueField<?> field, boolean readsBody, Function<EventInput, Object> read) {
        return new Source() {
            @Override
            public ValueField<?> field() {
                return field;
            }

            @Override
            public void fill(EventInput in, Map<String, Object> entries, List<WriteBack> writeBacks) {
                entries.put(field.name(), checked(field, field.name(), JsonValues.mutableCopy(read.apply(in))));
            }

            @Override
            public boolean readsBody() {
                return readsBody;
            }
        };
    }

    static Object checked(ValueField<?> field, String requestKey, Object value) {
        if (!field.accepts(value)) {
            throw new HTTPException(422, "Invalid value for '" + requestKey + "'");
        }
        return value;
    }

    /** Writes the value's entry back under a request key: set when present, removed when the handler removed it. */
    private static void writeEntry(Map<String, Object> value, String valueKey, Map<String, Object> target,
            String targetKey) {
        if (!value.containsKey(valueKey)) {
            target.remove(targetKey);
            return;
        }
        Object v = value.get(valueKey);
        if (v != null || target.containsKey(targetKey)) {
            target.put(targetKey, JsonValues.mutableCopy(v));
        }
    }

    private record BodySource(ValueField<?> field, String bodyKey, boolean writesBack) implements Source {
        @Override
        public void fill(EventInput in, Map<String, Object> entries, List<WriteBack> writeBacks) {
            Object raw = in.object().get(bodyKey);
            entries.put(field.name(), checked(field, bodyKey, JsonValues.mutableCopy(raw)));
            if (writesBack) {
                Map<String, Object> target = in.object();
                writeBacks.add(value -> writeEntry(value, field.name(), target, bodyKey));
            }
        }

        @Override
        public Optional<String> claimedBodyKey() {
            return Optional.of(bodyKey);
        }
    }

    private record RestSource(ValueField<Map<String, Object>> field) implements Source {
        @Override
        public void fill(EventInput in, Map<String, Object> entries, List<WriteBack> writeBacks) {
            Map<String, Object> target = in.object();
            Map<String, Object> rest = new LinkedHashMap<>();
            target.forEach((k, v) -> {
                if (!in.claimedBodyKeys().contains(k)) {
                    rest.put(k, JsonValues.mutableCopy(v));
                }
            });
            entries.put(field.name(), rest);
            writeBacks.add(value -> {
                Map<String, Object> changed = field.read(value);
                Map<String, Object> kept = changed == null ? Map.of() : changed;
                target.keySet().removeIf(k -> !in.claimedBodyKeys().contains(k) && !kept.containsKey(k));
                kept.forEach((k, v) -> {
                    if (!in.claimedBodyKeys().contains(k)) {
                        target.put(k, JsonValues.mutableCopy(v));
                    }
                });
            });
        }

        @Override
        public boolean readsBody() {
            return true;
        }

        @Override
        public boolean isRest() {
            return true;
        }
    }

    private record QuerySource(ValueField<String> field, String queryKey) implements Source {
        @Override
        public void fill(EventInput in, Map<String, Object> entries, List<WriteBack> writeBacks) {
            entries.put(field.name(), in.data().singleQuery(queryKey).orElse(null));
            writeBacks.add(value -> {
                String v = field.read(value);
                if (v != null || in.data().query().containsKey(queryKey)) {
                    in.data().setQuery(queryKey, v);
                }
            });
        }
    }

    private record QueryNamespaceSource(ValueField<List<String>> field, String queryKey) implements Source {
        @Override
        public void fill(EventInput in, Map<String, Object> entries, List<WriteBack> writeBacks) {
            String joined = in.data().singleQuery(queryKey).orElse("");
            List<String> labels = joined.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(
                    joined.split("\\.", -1)));
            entries.put(field.name(), labels);
            writeBacks.add(value -> {
                List<String> changed = field.read(value);
                boolean wasSent = in.data().query().containsKey(queryKey);
                if (changed == null || (changed.isEmpty() && !wasSent)) {
                    if (changed == null) {
                        in.data().setQuery(queryKey, null);
                    }
                    return;
                }
                // A label holding '.' would be split into several by the server: refuse rather than re-scope.
                if (changed.stream().anyMatch(l -> l.contains("."))) {
                    throw new HTTPException(422, "Namespace labels must not contain '.'");
                }
                in.data().setQuery(queryKey, String.join(".", changed));
            });
        }
    }
}
