package dev.langgraph.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Decides every request before routing (the server's auth): refuse it, or let it on with a changed body and query. */
@FunctionalInterface
public interface Gate {

    /**
     * Decides a request.
     *
     * @param exchange the exchange (method, raw path, headers, raw query)
     * @param body the body as received
     * @return the decision
     */
    Passage enter(HttpExchange exchange, byte[] body);

    /**
     * A decision.
     *
     * @param refusal the reply to answer instead of routing, null to route the request
     * @param body the body the route reads (may differ from the received one)
     * @param query the query parameters the route reads, null for the received ones
     * @param around runs the route's handler (e.g. with the request's auth filters in scope)
     */
    record Passage(Reply refusal, byte[] body, Map<String, List<String>> query, Around around) {

        /**
         * A refusal.
         *
         * @param reply the reply
         * @return the decision
         */
        public static Passage refuse(Reply reply) {
            return new Passage(reply, null, null, Supplier::get);
        }
    }

    /** Runs a handler. */
    @FunctionalInterface
    interface Around {
        /**
         * Runs the handler.
         *
         * @param handler the handler call
         * @return its reply
         */
        Reply run(Supplier<Reply> handler);
    }
}
