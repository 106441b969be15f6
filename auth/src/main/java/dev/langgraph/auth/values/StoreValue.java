package dev.langgraph.auth.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Base of every {@code store} event value. All of them carry a namespace, which a handler may replace to scope
 * the caller, e.g. {@code value.namespace(prepend(user, value.namespace()))} (Python:
 * {@code value["namespace"] = (user, *ns)}).
 */
public abstract class StoreValue extends AuthValue {

    /**
     * Wraps a value map without copying it.
     *
     * @param map the value's map
     * @throws NullPointerException if the map is null
     */
    protected StoreValue(Map<String, Object> map) {
        super(map);
    }

    /**
     * The namespace (for a search or listing: the prefix), labels in order.
     *
     * @return the live list; empty or null when the request has none
     * @throws IllegalStateException if the entry is not a list of strings
     */
    public final List<String> namespace() {
        return get(ValueFields.NAMESPACE);
    }

    /**
     * Replaces the namespace.
     *
     * @param labels the new labels, in order; copied
     * @throws NullPointerException if the list or a label is null
     */
    public final void namespace(List<String> labels) {
        List<String> copy = new ArrayList<>(labels.size());
        labels.forEach(l -> copy.add(java.util.Objects.requireNonNull(l, "namespace label")));
        put(ValueFields.NAMESPACE.name(), copy);
    }
}
