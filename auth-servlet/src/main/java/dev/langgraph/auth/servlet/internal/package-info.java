/**
 * Implementation of the servlet filter (request and response wrappers, JSON via Jackson, the gateway's policy).
 * Not an API: anything here may change without notice.
 */
package dev.langgraph.auth.servlet.internal;
