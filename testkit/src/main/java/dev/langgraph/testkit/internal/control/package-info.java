/** Test controls in front of the routes: request capture and fault injection. */
package dev.langgraph.testkit.internal.control;
