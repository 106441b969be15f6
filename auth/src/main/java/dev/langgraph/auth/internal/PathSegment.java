package dev.langgraph.auth.internal;

/**
 * One segment of a request path.
 *
 * @param raw the segment as received (still percent-encoded): route literals must equal it exactly
 * @param decoded the percent-decoded segment: the value of a path parameter
 */
public record PathSegment(String raw, String decoded) {
}
