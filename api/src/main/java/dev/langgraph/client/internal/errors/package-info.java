/**
 * Turns HTTP error responses, transport failures and graph error payloads into the public exceptions of
 * {@link dev.langgraph.client.errors}. Entry point: {@link dev.langgraph.client.internal.errors.ErrorMapper}.
 * Internal: not part of the API.
 */
package dev.langgraph.client.internal.errors;
