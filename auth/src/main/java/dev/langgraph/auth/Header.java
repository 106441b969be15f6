package dev.langgraph.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects a request header (case-insensitive name; the first value when repeated) into a {@code String}
 * parameter of an {@link Authenticate @Authenticate} method; null when absent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Header {

    /**
     * The name, e.g. {@code "Authorization"}.
     *
     * @return the name
     */
    String value();
}
