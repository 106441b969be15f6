/**
 * JWT bearer-token authentication on Nimbus JOSE+JWT: {@link dev.langgraph.auth.servlet.jwt.NimbusJwtAuthenticator}.
 * Nimbus is an optional dependency of {@code langgraph-auth-servlet}: add {@code com.nimbusds:nimbus-jose-jwt} to
 * use this package; nothing else in the module needs it.
 */
package dev.langgraph.auth.servlet.jwt;
