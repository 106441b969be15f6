package dev.langgraph.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the authentication handler of an object given to {@link Auth#fromAnnotated(Object...)} (Python's
 * {@code @auth.authenticate}). Exactly one per {@link Auth}.
 *
 * <p>The method returns the caller as a {@code String} identity, a {@code Map} (Python's user dict, see
 * {@link User#fromMap(java.util.Map)}) or any {@link MinimalUser}; it throws {@link HTTPException} to refuse.
 * Each parameter is one of:
 * <ul>
 *   <li>{@link AuthRequest} (method, path, headers, query, path parameters, body, {@code authorization()});</li>
 *   <li>a {@code String} annotated {@link Header @Header}, {@link QueryParam @QueryParam} or
 *       {@link PathParam @PathParam} (null when absent);</li>
 *   <li>an {@code Object} or {@code Map} annotated {@link Body @Body} (the parsed JSON body).</li>
 * </ul>
 * Any other signature fails when the {@link Auth} is built.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Authenticate {
}
