/** The HTTP routes of the LangGraph Server API, mapped onto the services. */
package dev.langgraph.testkit.internal.routes;
