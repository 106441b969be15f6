package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.http.HttpError;
import dev.langgraph.testkit.internal.http.Reply;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pagination headers and {@code select} projection as the Python server does them. */
final class Listing {

    private Listing() {
    }

    /**
     * Pages sorted rows and answers them with {@code X-Pagination-Total} (and {@code X-Pagination-Next} when more
     * rows follow): the Python server's {@code limit+1} probing.
     */
    static Reply page(List<Map<String, Object>> rows, int offset, int limit) {
        int from = Math.min(offset, rows.size());
        int to = Math.min(rows.size(), from + limit);
        List<Map<String, Object>> page = new ArrayList<>(rows.subList(from, to));
        Reply reply = Reply.ok(page);
        if (rows.size() > offset + limit) {
            reply.header("X-Pagination-Next", String.valueOf(offset + limit));
            reply.header("X-Pagination-Total", String.valueOf(offset + limit + 1));
        } else {
            reply.header("X-Pagination-Total", String.valueOf(offset + page.size()));
        }
        return reply;
    }

    /** Validates a {@code select} list against the allowed fields. */
    static List<String> select(Collection<?> select, Set<String> allowed) {
        if (select == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        List<Object> invalid = new ArrayList<>();
        for (Object s : select) {
            if (s instanceof String && allowed.contains(s)) {
                fields.add((String) s);
            } else {
                invalid.add(s);
            }
        }
        if (!invalid.isEmpty()) {
            throw HttpError.unprocessable("Invalid select columns: " + invalid);
        }
        return fields;
    }

    /** Projects a row to the selected fields ({@code null} = all). */
    static Map<String, Object> project(Map<String, Object> row, List<String> fields) {
        if (fields == null) {
            return row;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (String f : fields) {
            m.put(f, row.get(f));
        }
        return m;
    }

    /** Validates {@code sort_order}. */
    static boolean descending(String sortOrder) {
        if (sortOrder == null) {
            return true;
        }
        if (!sortOrder.equalsIgnoreCase("asc") && !sortOrder.equalsIgnoreCase("desc")) {
            throw HttpError.unprocessable("Invalid sort_order: " + sortOrder);
        }
        return sortOrder.equalsIgnoreCase("desc");
    }
}
