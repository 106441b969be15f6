package dev.langgraph.client.store;

import dev.langgraph.client.common.ApiObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The answer to a store namespace listing: the namespaces found, each a path of labels. */
public final class ListNamespacesResponse extends ApiObject {

    private ListNamespacesResponse(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the response
     * @throws NullPointerException if {@code fields} is null
     */
    public static ListNamespacesResponse fromMap(Map<String, ?> fields) {
        return new ListNamespacesResponse(fields);
    }

    /**
     * The namespaces, such as {@code [["docs"], ["users", "u1", "prefs"]]}.
     *
     * @return {@code namespaces}, or null
     * @throws IllegalStateException if the field is not an array of arrays of strings
     */
    public List<List<String>> namespaces() {
        List<Object> raw = list("namespaces");
        if (raw == null) {
            return null;
        }
        List<List<String>> out = new ArrayList<>(raw.size());
        for (Object namespace : raw) {
            if (!(namespace instanceof List<?> labels) || !labels.stream().allMatch(String.class::isInstance)) {
                throw new IllegalStateException("ListNamespacesResponse.namespaces should hold arrays of strings: "
                        + namespace);
            }
            out.add(labels.stream().map(String.class::cast).toList());
        }
        return Collections.unmodifiableList(out);
    }
}
