package dev.langgraph.auth.internal;

/**
 * A registered handler and where it came from, for error messages at build time.
 *
 * @param key what it is registered for; null for the authentication handler
 * @param handler the handler
 * @param source e.g. {@code MyAuth.create(AuthContext, ThreadsCreate)} or {@code Auth.builder().on(threads:create)}
 * @param <H> the handler type
 */
public record Registered<H>(HandlerKey key, H handler, String source) {
}
