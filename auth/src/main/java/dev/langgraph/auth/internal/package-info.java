/**
 * Implementation of the auth module: route table, strict path and query parsing, annotation scanning. Not an
 * API: anything here may change without notice.
 */
package dev.langgraph.auth.internal;
