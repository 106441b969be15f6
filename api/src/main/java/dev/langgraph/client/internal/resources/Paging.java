package dev.langgraph.client.internal.resources;

/** Argument checks shared by every paged operation. */
final class Paging {

    private Paging() {
    }

    /**
     * Checks paging values before anything is sent.
     *
     * @param limit the page size
     * @param offset the offset
     * @throws IllegalArgumentException if {@code limit} is not positive or {@code offset} is negative
     */
    static void check(int limit, int offset) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
    }
}
