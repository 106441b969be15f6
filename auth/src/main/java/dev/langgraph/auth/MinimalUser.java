package dev.langgraph.auth;

/**
 * The least an authentication handler must say about the caller: who they are (Python's {@code MinimalUser}
 * protocol). The engine turns it into a {@link BaseUser} with the defaults of {@link User#of(String)}.
 */
@FunctionalInterface
public interface MinimalUser {

    /**
     * The caller's unique identity (a user id, a subject claim, ...).
     *
     * @return the identity, never blank
     */
    String identity();
}
