package dev.langgraph.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a path parameter of the matched route, decoded into a {@code String}
 * parameter of an {@link Authenticate @Authenticate} method; null when absent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PathParam {

    /**
     * The name, e.g. {@code "thread_id"}.
     *
     * @return the name
     */
    String value();
}
