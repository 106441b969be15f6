/**
 * A Jakarta Servlet filter that enforces a LangGraph custom {@link dev.langgraph.auth.Auth}:
 * {@link dev.langgraph.auth.servlet.LangGraphAuthFilter} for an application that serves the LangGraph API, or, with
 * {@link dev.langgraph.auth.servlet.GatewayMode}, for a Java gateway in front of a LangGraph server without auth.
 * Requests are decided by {@link dev.langgraph.auth.AuthEngine}, the same engine as every other adapter.
 */
package dev.langgraph.auth.servlet;
