/** The server's JSON: Jackson to and from plain Java values, and JSONB containment. */
package dev.langgraph.testkit.internal.json;
