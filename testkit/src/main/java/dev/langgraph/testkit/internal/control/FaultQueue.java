package dev.langgraph.testkit.internal.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Faults waiting for their requests, in the order enqueued: a request gets the first fault whose path pattern and
 * method match, which then counts down its {@code times}. Patterns match the raw path: {@code *} stands for
 * anything within one segment, {@code **} for anything. Thread-safe.
 */
public final class FaultQueue {

    private static final class Entry {
        final Pattern path;
        final FaultSpec fault;
        int remaining;

        Entry(Pattern path, FaultSpec fault) {
            this.path = path;
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Adds a fault.
     *
     * @param pathPattern the path pattern (<code>/threads/&#42;/runs/stream</code>, <code>/&#42;&#42;</code>)
     * @param fault the fault
     */
    public synchronized void add(String pathPattern, FaultSpec fault) {
        entries.add(new Entry(compile(pathPattern), fault));
    }

    /** Drops every pending fault. */
    public synchronized void clear() {
        entries.clear();
    }

    /** Takes the fault for a request, or {@code null}. */
    synchronized FaultSpec take(String method, String path) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry e = it.next();
            if ((e.fault.method() == null || e.fault.method().equalsIgnoreCase(method))
                    && e.path.matcher(path).matches()) {
                if (--e.remaining <= 0) {
                    it.remove();
                }
                return e.fault;
            }
        }
        return null;
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
