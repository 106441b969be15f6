package dev.langgraph.auth;

import dev.langgraph.auth.internal.AnnotatedHandlers;
import dev.langgraph.auth.internal.HandlerKey;
import dev.langgraph.auth.internal.Registered;
import dev.langgraph.auth.values.AuthValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deployment's custom auth, as Python's {@code langgraph_sdk.Auth}: one authentication handler and
 * authorization handlers per (resource, action). Immutable and thread-safe; apply it with {@link AuthEngine}.
 *
 * <pre>{@code
 * Auth auth = Auth.builder()
 *     .authenticate(req -> User.of(verify(req.authorization().orElseThrow(HTTPException::new))))
 *     .on(AuthEvent.THREADS_CREATE, (ctx, value) -> {
 *         value.metadata().put("owner", ctx.user().identity());
 *         return AuthResult.filter(Map.of("owner", ctx.user().identity()));
 *     })
 *     .on((ctx, value) -> AuthResult.deny())   // global fallback
 *     .build();
 * // or, from annotated methods:
 * Auth auth = Auth.fromAnnotated(new MyAuth());
 * }</pre>
 *
 * <p><b>Resolution.</b> Exactly one handler decides each event, the most specific registered:
 * {@code resource:action}, then {@code resource:*}, then {@code *:action}, then the global handler (the
 * Python and JS servers' order). With none, the event is allowed.
 *
 * <p><b>Mistakes fail at build time</b>, not at the first request: a second authentication handler (Python
 * raises {@code ValueError} as well), none at all (Python would then skip authorization entirely, silently),
 * the same key registered twice (Python: {@code ValueError("Handler already set for ...")}; the JS SDK lets
 * the later one win, which hides mistakes), an unknown resource or action, and a bad annotated signature.
 */
public final class Auth {

    private final Authenticator authenticator;
    private final Map<HandlerKey, Registered<AuthorizationHandler<AuthValue>>> handlers;

    private Auth(Authenticator authenticator, Map<HandlerKey, Registered<AuthorizationHandler<AuthValue>>> handlers) {
        this.authenticator = authenticator;
        this.handlers = Collections.unmodifiableMap(handlers);
    }

    /**
     * Starts registering handlers.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An {@code Auth} from the {@link Authenticate @Authenticate} and {@link On @On} methods of objects.
     *
     * @param handlerObjects objects with annotated methods (together exactly one {@code @Authenticate})
     * @return the auth
     * @throws IllegalArgumentException if an object has no annotated method or a method's signature or names
     *     are not supported (see {@link On} and {@link Authenticate})
     * @throws IllegalStateException if there is not exactly one authentication handler, or a key is registered
     *     twice
     */
    public static Auth fromAnnotated(Object... handlerObjects) {
        return builder().annotated(handlerObjects).build();
    }

    /**
     * The registered authorization keys, for diagnostics.
     *
     * @return e.g. {@code ["*:*", "threads:*", "threads:create"]}, sorted
     */
    public Set<String> registeredKeys() {
        return handlers.keySet().stream().map(HandlerKey::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    Authenticator authenticator() {
        return authenticator;
    }

    /** The handler deciding an exact event, most specific first; empty means the event is allowed. */
    Optional<Registered<AuthorizationHandler<AuthValue>>> handlerFor(AuthEvent<?> event) {
        return HandlerKey.lookupOrder(event).stream().map(handlers::get).filter(Objects::nonNull).findFirst();
    }

    @Override
    public String toString() {
        return "Auth" + registeredKeys();
    }

    /** Registers handlers; every check of the whole set happens in {@link #build()}. */
    public static final class Builder {

        private final List<Registered<Authenticator>> authenticators = new ArrayList<>();
        private final List<Registered<AuthorizationHandler<AuthValue>>> authorizers = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the authentication handler (Python's {@code @auth.authenticate}).
         *
         * @param authenticator the handler
         * @return this builder
         * @throws NullPointerException if the handler is null
         */
        public Builder authenticate(Authenticator authenticator) {
            authenticators.add(new Registered<>(null, Objects.requireNonNull(authenticator, "authenticator"),
                    "Auth.builder().authenticate(...)"));
            return this;
        }

        /**
         * Registers a handler for one event ({@link AuthEvent#THREADS_CREATE}, Python
         * {@code @auth.on.threads.create}) or a whole resource ({@link AuthEvent#THREADS}, Python
         * {@code @auth.on.threads}).
         *
         * @param event the event or resource key
         * @param handler the handler, receiving the event's value type
         * @param <V> the value type
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        @SuppressWarnings("unchecked")
        public <V extends AuthValue> Builder on(AuthEvent<V> event, AuthorizationHandler<? super V> handler) {
            String action = event.action().map(Action::value).orElse(HandlerKey.ANY);
            Objects.requireNonNull(handler, "handler");
            // Safe: the engine only passes this key's handler values of type V.
            return add(new HandlerKey(event.resource().value(), action),
                    (AuthorizationHandler<AuthValue>) (AuthorizationHandler<?>) handler);
        }

        /**
         * Registers a handler for one action of every resource ({@code *:action}).
         *
         * @param action the action
         * @param handler the handler
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder on(Action action, AuthorizationHandler<AuthValue> handler) {
            return add(new HandlerKey(HandlerKey.ANY, action.value()), handler);
        }

        /**
         * Registers the global handler (Python's bare {@code @auth.on}), deciding every event no more specific
         * handler decides.
         *
         * @param handler the handler
         * @return this builder
         * @throws NullPointerException if the handler is null
         */
        public Builder on(AuthorizationHandler<AuthValue> handler) {
            return add(HandlerKey.GLOBAL, handler);
        }

        /**
         * Registers a handler by names, as Python's {@code @auth.on(resources=..., actions=...)}.
         *
         * @param resource a resource name or {@code "*"}
         * @param action an action name or {@code "*"}
         * @param handler the handler
         * @return this builder
         * @throws IllegalArgumentException if a name is unknown, the resource is the reserved {@code runs}, or
         *     the resource has no such action
         * @throws NullPointerException if an argument is null
         */
        public Builder on(String resource, String action, AuthorizationHandler<AuthValue> handler) {
            return add(new HandlerKey(Objects.requireNonNull(resource, "resource"),
                    Objects.requireNonNull(action, "action")), handler);
        }

        /**
         * Adds the {@link Authenticate @Authenticate} and {@link On @On} methods of objects.
         *
         * @param handlerObjects objects with annotated methods
         * @return this builder
         * @throws IllegalArgumentException if an object has no annotated method, or a method's signature or
         *     names are not supported
         * @throws NullPointerException if an object is null
         */
        @SuppressWarnings("unchecked")
        public Builder annotated(Object... handlerObjects) {
            for (Object target : handlerObjects) {
                for (Registered<?> r : AnnotatedHandlers.scan(Objects.requireNonNull(target, "handler object"))) {
                    if (r.key() == null) {
                        authenticators.add((Registered<Authenticator>) r);
                    } else {
                        authorizers.add((Registered<AuthorizationHandler<AuthValue>>) r);
                    }
                }
            }
            return this;
        }

        private Builder add(HandlerKey key, AuthorizationHandler<AuthValue> handler) {
            authorizers.add(new Registered<>(key, Objects.requireNonNull(handler, "handler"),
                    "Auth.builder().on(" + key + ")"));
            return this;
        }

        /**
         * Builds the immutable {@link Auth}.
         *
         * @return the auth
         * @throws IllegalStateException if there is not exactly one authentication handler, or a key is
         *     registered twice
         */
        public Auth build() {
            if (authenticators.size() != 1) {
                throw new IllegalStateException("An Auth needs exactly one authentication handler, found "
                        + authenticators.size() + sources(authenticators));
            }
            Map<HandlerKey, Registered<AuthorizationHandler<AuthValue>>> byKey = new LinkedHashMap<>();
            for (Registered<AuthorizationHandler<AuthValue>> r : authorizers) {
                Registered<AuthorizationHandler<AuthValue>> earlier = byKey.putIfAbsent(r.key(), r);
                if (earlier != null) {
                    throw new IllegalStateException("Handler already set for " + r.key() + ": "
                            + earlier.source() + " and " + r.source());
                }
            }
            return new Auth(authenticators.get(0).handler(), byKey);
        }

        private static String sources(List<? extends Registered<?>> registered) {
            return registered.isEmpty() ? "" : registered.stream().map(Registered::source)
                    .collect(Collectors.joining(", ", ": ", ""));
        }
    }
}
