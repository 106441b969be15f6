package dev.langgraph.testkit.internal.service;

import dev.langgraph.testkit.internal.http.HttpError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thread search {@code extract}: {@code {"alias": "values.messages[-1].content"}} adds
 * {@code "extracted": {"alias": <value or null>}} to each thread. Paths start at {@code values}, {@code metadata},
 * {@code config} or {@code interrupts}; keys are joined with dots, list elements picked with {@code [i]} (negative
 * from the end).
 */
final class ThreadExtract {

    private static final Set<String> ROOTS = Set.of("values", "metadata", "config", "interrupts");
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[-?\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(-?\\d+)]");

    private final Map<String, List<Object>> paths = new LinkedHashMap<>();

    /** Parses the {@code extract} object (422 for a path that is not a string or not valid). */
    ThreadExtract(Map<String, Object> extract) {
        extract.forEach((alias, path) -> {
            if (!(path instanceof String)) {
                throw HttpError.unprocessable("Invalid extract path for '" + alias + "': must be a string");
            }
            paths.put(alias, parse((String) path));
        });
    }

    /** Returns {@code {alias: value}} for one thread's JSON. */
    Map<String, Object> apply(Map<String, Object> thread) {
        Map<String, Object> extracted = new LinkedHashMap<>();
        paths.forEach((alias, steps) -> extracted.put(alias, walk(thread, steps)));
        return extracted;
    }

    private static List<Object> parse(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                throw invalid(path);
            }
            steps.add(m.group(1));
            Matcher index = INDEX.matcher(m.group(2));
            while (index.find()) {
                steps.add(Integer.parseInt(index.group(1)));
            }
        }
        if (!ROOTS.contains(String.valueOf(steps.get(0)))) {
            throw invalid(path);
        }
        return steps;
    }

    private static Object walk(Object value, List<Object> steps) {
        Object current = value;
        for (Object step : steps) {
            if (step instanceof Integer && current instanceof List<?>) {
                List<?> list = (List<?>) current;
                int i = (Integer) step < 0 ? list.size() + (Integer) step : (Integer) step;
                current = i >= 0 && i < list.size() ? list.get(i) : null;
            } else if (step instanceof String && current instanceof Map<?, ?>) {
                current = ((Map<?, ?>) current).get(step);
            } else {
                return null;
            }
        }
        return current;
    }

    private static HttpError invalid(String path) {
        return HttpError.unprocessable("Invalid extract path: '" + path + "'. Paths start with values, metadata,"
                + " config or interrupts, e.g. 'values.messages[-1]'");
    }
}
