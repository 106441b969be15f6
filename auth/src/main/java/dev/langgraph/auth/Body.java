package dev.langgraph.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the parsed JSON body (read-only) into an {@code Object} or {@code Map} parameter of an
 * {@link Authenticate @Authenticate} method; null when the request has no body (or, for a {@code Map}
 * parameter, when the body is not a JSON object).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Body {
}
