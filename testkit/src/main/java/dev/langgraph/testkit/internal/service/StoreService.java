package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.http.Body;
import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.json.Containment;
import dev.langgraph.testkit.internal.json.Json;
import dev.langgraph.testkit.internal.model.Db;
import dev.langgraph.testkit.internal.model.StoreItem;
import dev.langgraph.testkit.internal.model.Ttl;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The key-value store: items under namespaces, filters, and namespace listing (langgraph's in-memory store). */
public final class StoreService {

    private final Db db;
    private final Expiry expiry;

    /**
     * Creates the service.
     *
     * @param ctx the server context
     */
    public StoreService(ServerContext ctx) {
        this.db = ctx.db;
        this.expiry = ctx.expiry;
    }

    /**
     * {@code PUT /store/items}: creates or replaces an item ({@code created_at} kept); {@code ttl} (minutes) makes
     * it expire.
     *
     * @param body the request
     */
    public void put(Body body) {
        List<String> namespace = namespace(body.optStringList("namespace"), true);
        String key = body.string("key");
        Map<String, Object> value = body.optObject("value");
        if (value == null) {
            throw HttpError.unprocessable("'value' is a required property");
        }
        Number ttl = body.optNumber("ttl");
        db.run(() -> {
            String k = Db.storeKey(namespace, key);
            StoreItem old = live(db.store.get(k));
            Instant now = db.clock.now();
            StoreItem item = new StoreItem(namespace, key, value, old == null ? now : old.createdAt(), now,
                    ttl == null ? null : ttl.doubleValue(), null).refreshed(db.clock.current());
            db.store.put(k, item);
            expiry.sweepAt(item.expiresAt());
        });
    }

    /**
     * {@code GET /store/items}.
     *
     * @param dottedNamespace the {@code namespace} query ({@code a.b.c})
     * @param key the {@code key} query
     * @param refreshTtl whether reading re-arms the item's TTL
     * @return the item JSON, or {@code null} when absent
     */
    public Map<String, Object> get(String dottedNamespace, String key, boolean refreshTtl) {
        if (key == null) {
            throw HttpError.withField(400, "error", "Key is required");
        }
        List<String> namespace = namespace(Arrays.asList((dottedNamespace == null ? "" : dottedNamespace)
                .split("\\.", -1)), false);
        return db.tx(() -> {
            StoreItem item = live(db.store.get(Db.storeKey(namespace, key)));
            if (item != null && refreshTtl) {
                refresh(item);
            }
            return item == null ? null : item.toJson();
        });
    }

    /**
     * {@code DELETE /store/items} (also when absent).
     *
     * @param body the request
     */
    public void delete(Body body) {
        List<String> ns = body.optStringList("namespace");
        List<String> namespace = ns == null ? List.of() : namespace(ns, false);
        String key = body.string("key");
        db.run(() -> db.store.remove(Db.storeKey(namespace, key)));
    }

    /**
     * {@code POST /store/items/search}: prefix, filter, offset/limit; most recently updated first.
     *
     * @param body the request
     * @return {@code {"items": [...]}} with {@code score: null}
     */
    public Map<String, Object> search(Body body) {
        List<String> given = body.optStringList("namespace_prefix");
        List<String> prefix = given == null ? List.of() : namespace(given, false);
        Map<String, Object> filter = body.optObject("filter");
        int limit = body.optInt("limit", 10, 0, Integer.MAX_VALUE);
        int offset = body.optInt("offset", 0, 0, Integer.MAX_VALUE);
        boolean refreshTtl = body.optBool("refresh_ttl", true);
        List<Object> items = db.tx(() -> {
            List<StoreItem> page = db.store.values().stream()
                    .filter(i -> live(i) != null && startsWith(i.namespace(), prefix)
                            && StoreFilter.matches(i.value(), filter))
                    .sorted(Comparator.comparing(StoreItem::updatedAt).reversed())
                    .skip(offset).limit(limit)
                    .collect(Collectors.toList());
            if (refreshTtl) {
                page.forEach(this::refresh);
            }
            return page.stream().map(i -> {
                Map<String, Object> m = i.toJson();
                m.put("score", null);
                return (Object) m;
            }).collect(Collectors.toList());
        });
        return Json.obj("items", items);
    }

    /**
     * {@code POST /store/namespaces}.
     *
     * @param body the request
     * @return {@code {"namespaces": [[...]]}} sorted
     */
    public Map<String, Object> namespaces(Body body) {
        List<String> prefix = body.optStringList("prefix");
        List<String> suffix = body.optStringList("suffix");
        int maxDepth = body.optInt("max_depth", Integer.MAX_VALUE, 1, Integer.MAX_VALUE);
        int limit = body.optInt("limit", 100, 0, Integer.MAX_VALUE);
        int offset = body.optInt("offset", 0, 0, Integer.MAX_VALUE);
        TreeSet<List<String>> found = new TreeSet<>(StoreService::compareNamespaces);
        db.run(() -> db.store.values().forEach(i -> {
            List<String> ns = i.namespace();
            if (live(i) != null && matchesFrom(ns, prefix, false) && matchesFrom(ns, suffix, true)) {
                found.add(List.copyOf(ns.subList(0, Math.min(maxDepth, ns.size()))));
            }
        }));
        List<Object> page = found.stream().skip(offset).limit(limit).collect(Collectors.toList());
        return Json.obj("namespaces", page);
    }

    /** The item unless its TTL ran out (a sweep may not have removed it yet); call with the lock held. */
    private StoreItem live(StoreItem item) {
        return item == null || Ttl.expired(item.expiresAt(), db.clock.current()) ? null : item;
    }

    /** Re-arms an item's TTL ({@code refresh_ttl}); call with the lock held. */
    private void refresh(StoreItem item) {
        if (item.ttlMinutes() != null) {
            StoreItem refreshed = item.refreshed(db.clock.current());
            db.store.put(Db.storeKey(item.namespace(), item.key()), refreshed);
            expiry.sweepAt(refreshed.expiresAt());
        }
    }

    /** Validates labels: none empty or containing a period (422 plain text), and, for writes, not empty. */
    private static List<String> namespace(List<String> labels, boolean required) {
        if (labels == null || (required && labels.isEmpty())) {
            throw HttpError.badRequest("Namespace is required");
        }
        for (String label : labels) {
            if (label.isEmpty() || label.contains(".")) {
                throw HttpError.plain(422, "Namespace labels cannot be empty or contain periods. Received: "
                        + String.join(".", labels));
            }
        }
        return new ArrayList<>(labels);
    }

    private static boolean startsWith(List<String> ns, List<String> prefix) {
        return ns.size() >= prefix.size() && ns.subList(0, prefix.size()).equals(prefix);
    }

    private static boolean matchesFrom(List<String> ns, List<String> pattern, boolean fromEnd) {
        if (pattern == null) {
            return true;
        }
        if (pattern.size() > ns.size()) {
            return false;
        }
        int start = fromEnd ? ns.size() - pattern.size() : 0;
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            if (!p.equals("*") && !p.equals(ns.get(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int compareNamespaces(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** langgraph's store filter: equality, {@code $eq/$ne/$gt/$gte/$lt/$lte/$in/$nin}, nested objects, lists. */
    static final class StoreFilter {

        private StoreFilter() {
        }

        static boolean matches(Map<String, Object> value, Map<String, Object> filter) {
            if (filter == null) {
                return true;
            }
            for (Map.Entry<String, Object> e : filter.entrySet()) {
                if (!value.containsKey(e.getKey()) && !isOperatorMap(e.getValue())) {
                    return false;
                }
                if (!compare(value.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean compare(Object actual, Object expected) {
            if (isOperatorMap(expected)) {
                for (Map.Entry<?, ?> op : ((Map<?, ?>) expected).entrySet()) {
                    if (!operator(actual, op.getKey().toString(), op.getValue())) {
                        return false;
                    }
                }
                return true;
            }
            if (expected instanceof Map<?, ?>) {
                if (!(actual instanceof Map<?, ?>)) {
                    return false;
                }
                for (Map.Entry<?, ?> e : ((Map<?, ?>) expected).entrySet()) {
                    Map<?, ?> a = (Map<?, ?>) actual;
                    if (!a.containsKey(e.getKey()) || !compare(a.get(e.getKey()), e.getValue())) {
                        return false;
                    }
                }
                return true;
            }
            if (expected instanceof List<?>) {
                if (!(actual instanceof List<?>) || ((List<?>) actual).size() != ((List<?>) expected).size()) {
                    return false;
                }
                for (int i = 0; i < ((List<?>) expected).size(); i++) {
                    if (!compare(((List<?>) actual).get(i), ((List<?>) expected).get(i))) {
                        return false;
                    }
                }
                return true;
            }
            return Containment.scalarEquals(actual, expected);
        }

        private static boolean operator(Object actual, String op, Object operand) {
            switch (op) {
                case "$eq":
                    return compare(actual, operand);
                case "$ne":
                    return !compare(actual, operand);
                case "$gt":
                    return numeric(actual, operand) > 0;
                case "$gte":
                    return numeric(actual, operand) >= 0;
                case "$lt":
                    return numeric(actual, operand) < 0 && numeric(actual, operand) != Integer.MIN_VALUE;
                case "$lte":
                    return numeric(actual, operand) <= 0 && numeric(actual, operand) != Integer.MIN_VALUE;
                case "$in":
                    return operand instanceof List<?>
                            && ((List<?>) operand).stream().anyMatch(o -> compare(actual, o));
                case "$nin":
                    return operand instanceof List<?>
                            && ((List<?>) operand).stream().noneMatch(o -> compare(actual, o));
                default:
                    throw HttpError.unprocessable("Unsupported operator: " + op);
            }
        }

        /** Compares numbers (or strings); {@code Integer.MIN_VALUE} when not comparable. */
        private static int numeric(Object actual, Object operand) {
            if (actual instanceof Number && operand instanceof Number) {
                return Integer.signum(Containment.compareNumbers((Number) actual, (Number) operand));
            }
            if (actual instanceof String && operand instanceof String) {
                return Integer.signum(((String) actual).compareTo((String) operand));
            }
            return Integer.MIN_VALUE;
        }

        private static boolean isOperatorMap(Object v) {
            return v instanceof Map<?, ?> && !((Map<?, ?>) v).isEmpty()
                    && ((Map<?, ?>) v).keySet().stream().allMatch(k -> k.toString().startsWith("$"));
        }
    }
}
