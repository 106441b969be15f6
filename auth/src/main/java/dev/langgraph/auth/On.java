package dev.langgraph.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an authorization handler of an object given to {@link Auth#fromAnnotated(Object...)}, registered for
 * every (resource, action) pair of its attributes (Python's {@code @auth.on(resources=..., actions=...)}):
 * <ul>
 *   <li>{@code @On(resource = "threads", action = "create")}: one event;</li>
 *   <li>{@code @On(resource = "assistants", action = {"create", "update", "delete"})}: three events;</li>
 *   <li>{@code @On(resource = "threads")}: every threads action;</li>
 *   <li>{@code @On(action = "read")}: that action of every resource;</li>
 *   <li>{@code @On}: the global handler.</li>
 * </ul>
 *
 * <p>The method takes {@code (AuthContext ctx, V value)}, where {@code V} is the event's value type (e.g.
 * {@code ThreadsCreate}), a supertype of every value it can receive (e.g. {@code ThreadsValue} for
 * {@code resource = "threads"}, {@code AuthValue} or {@code Object}), or {@code Map} for the value's live map.
 * It returns {@link AuthResult}, {@code boolean}/{@code Boolean} (false: 403), a {@code Map} filter, or
 * {@code void} (allow). Unknown names, an impossible pair such as {@code store:create}, the reserved
 * {@code runs} resource, or any other signature fail when the {@link Auth} is built.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface On {

    /**
     * The resources ({@code threads}, {@code assistants}, {@code crons}, {@code store}); {@code "*"} for all.
     *
     * @return the resource names
     */
    String[] resource() default "*";

    /**
     * The actions ({@code create}, {@code read}, {@code update}, {@code delete}, {@code search},
     * {@code create_run}, {@code put}, {@code get}, {@code list_namespaces}); {@code "*"} for all.
     *
     * @return the action names
     */
    String[] action() default "*";
}
