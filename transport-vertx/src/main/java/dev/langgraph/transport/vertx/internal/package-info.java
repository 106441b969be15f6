/**
 * Implementation of the Vert.x transport. Not public API: these classes may change in any release.
 */
package dev.langgraph.transport.vertx.internal;
