package dev.langgraph.testkit.internal.engine;

import java.util.ArrayList;
import java.util.List;

/** The resume values of one task, handed to its {@code interrupt()} calls in order. Single-threaded. */
final class ResumeCursor {

    private final List<Object> values;
    private int position;

    ResumeCursor(List<Object> values) {
        this.values = new ArrayList<>(values);
    }

    /** Whether the next interrupt() call has a value to return. */
    boolean hasNext() {
        return position < values.size();
    }

    /** Returns the next value. */
    Object take() {
        return values.get(position++);
    }

    /** The index of the next interrupt() call. */
    int position() {
        return position;
    }

    /** Every value handed out so far (kept on the checkpoint so a later resume adds to them). */
    List<Object> consumed() {
        return new ArrayList<>(values.subList(0, position));
    }
}
