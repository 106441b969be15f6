/** A small layer over the JDK HTTP server: routing, JSON bodies, errors as {@code {"detail": ...}}, SSE. */
package dev.langgraph.testkit.internal.http;
