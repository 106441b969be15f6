/**
 * LangGraph custom auth in Java, as Python's {@code langgraph_sdk.Auth}: an {@link dev.langgraph.auth.Auth}
 * holds one authentication handler and authorization handlers per (resource, action), registered with a
 * builder or with {@link dev.langgraph.auth.Authenticate @Authenticate} and {@link dev.langgraph.auth.On @On}
 * methods; {@link dev.langgraph.auth.AuthEngine} applies it to requests for every adapter (servlet filter,
 * gateway, testkit). JSON-like values are plain {@code Map}s and {@code List}s; the module depends on nothing
 * but SLF4J.
 */
package dev.langgraph.auth;
