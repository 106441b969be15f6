package dev.langgraph.testkit.internal.http;

/** A route's code. */
@FunctionalInterface
public interface Handler {

    /**
     * Handles a request.
     *
     * @param request the request
     * @return the reply
     * @throws HttpError for an API error answered with its status and detail
     */
    Reply handle(Request request);
}
