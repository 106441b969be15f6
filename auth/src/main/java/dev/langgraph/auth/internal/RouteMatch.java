package dev.langgraph.auth.internal;

import java.util.Map;

/**
 * A request's route and its decoded path parameters.
 *
 * @param route the route
 * @param pathParams the parameters, by template name
 */
public record RouteMatch(Route route, Map<String, String> pathParams) {
}
