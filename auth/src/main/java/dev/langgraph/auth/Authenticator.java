package dev.langgraph.auth;

/**
 * The authentication handler (Python's {@code @auth.authenticate}): runs on every protected request and says
 * who the caller is. Return {@link User#of(String)}, a {@link User} built with permissions, or any
 * {@link MinimalUser}; throw {@link HTTPException} (status 401 by default) to refuse the request, e.g. with
 * {@code WWW-Authenticate: Bearer}. Never return null: that is treated as a handler bug (500).
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * Authenticates a request.
     *
     * @param request the request, with its path parameters resolved
     * @return the caller, never null
     * @throws HTTPException to refuse the request with that status, detail and headers
     */
    MinimalUser authenticate(AuthRequest request);
}
