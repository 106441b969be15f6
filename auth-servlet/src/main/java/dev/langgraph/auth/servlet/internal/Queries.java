package dev.langgraph.auth.servlet.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Percent-encoding of query strings and path segments the filter builds itself. */
public final class Queries {

    private Queries() {
    }

    /**
     * A query string from decoded parameters, spaces as {@code %20} (never {@code +}, which servers read
     * differently in paths and queries).
     *
     * @param params names to values, in order
     * @return the query string without {@code ?}; null when there are no parameters
     */
    public static String encode(Map<String, List<String>> params) {
        StringJoiner query = new StringJoiner("&");
        params.forEach((name, values) -> values.forEach(v -> query.add(component(name) + "=" + component(v))));
        return query.length() == 0 ? null : query.toString();
    }

    /**
     * One encoded URI component: every character but the unreserved ones ({@code A-Z a-z 0-9 - . _ ~}) is
     * percent-encoded, so the result never holds {@code /}, {@code ;}, {@code ?}, {@code #} or {@code %} of its
     * own.
     *
     * @param value the decoded value
     * @return the encoded component
     */
    public static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
