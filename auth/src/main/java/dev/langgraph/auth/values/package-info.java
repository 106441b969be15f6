/**
 * The values authorization handlers receive: a mutable {@link dev.langgraph.auth.values.AuthValue} per
 * (resource, action) with typed accessors over its map, following Python's {@code Auth.types}.
 */
package dev.langgraph.auth.values;
