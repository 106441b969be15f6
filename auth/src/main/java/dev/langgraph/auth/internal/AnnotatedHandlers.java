package dev.langgraph.auth.internal;

import dev.langgraph.auth.Authenticate;
import dev.langgraph.auth.AuthContext;
import dev.langgraph.auth.AuthEvent;
import dev.langgraph.auth.AuthRequest;
import dev.langgraph.auth.AuthResult;
import dev.langgraph.auth.Authenticator;
import dev.langgraph.auth.AuthorizationHandler;
import dev.langgraph.auth.Body;
import dev.langgraph.auth.Header;
import dev.langgraph.auth.MinimalUser;
import dev.langgraph.auth.On;
import dev.langgraph.auth.PathParam;
import dev.langgraph.auth.QueryParam;
import dev.langgraph.auth.User;
import dev.langgraph.auth.values.AuthValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the {@link Authenticate @Authenticate} and {@link On @On} methods of an object into handlers. Every
 * signature is checked here and every method is resolved once into a {@link MethodHandle}, so a bad handler
 * fails when the {@code Auth} is built and requests pay no reflection.
 */
public final class AnnotatedHandlers {

    private static final MethodType AUTHORIZE = MethodType.methodType(Object.class, AuthContext.class, Object.class);
    private static final MethodType AUTHENTICATE = MethodType.methodType(Object.class, Object[].class);

    private AnnotatedHandlers() {
    }

    /**
     * The handlers of an object.
     *
     * @param target the object (its class and superclasses are scanned; static methods count too)
     * @return the authentication handlers (normally zero or one) and the authorization handlers, in method order
     * @throws IllegalArgumentException if a method's signature or names are not supported, a method has both
     *     annotations, a method cannot be made accessible, or the object has no annotated method at all
     */
    public static List<Registered<?>> scan(Object target) {
        List<Registered<?>> found = new ArrayList<>();
        for (Method m : annotatedMethods(target.getClass())) {
            boolean authenticates = m.isAnnotationPresent(Authenticate.class);
            On on = m.getAnnotation(On.class);
            if (authenticates && on != null) {
                throw bad(m, "has both @Authenticate and @On");
            }
            if (authenticates) {
                found.add(new Registered<>(null, authenticator(target, m), describe(m)));
            } else {
                Set<HandlerKey> keys = keys(m, on);
                AuthorizationHandler<AuthValue> handler = authorizationHandler(target, m, keys);
                for (HandlerKey key : keys) {
                    found.add(new Registered<>(key, handler, describe(m)));
                }
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException(target.getClass().getName()
                    + " has no @Authenticate or @On method");
        }
        return found;
    }

    /** Annotated methods of the class and its superclasses; an annotated method overridden lower down counts once. */
    private static List<Method> annotatedMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Method[] declared = c.getDeclaredMethods();
            Arrays.sort(declared, java.util.Comparator.comparing(Method::toGenericString)); // stable order
            for (Method m : declared) {
                if (m.isBridge() || m.isSynthetic()) {
                    continue;
                }
                boolean annotated = m.isAnnotationPresent(Authenticate.class) || m.isAnnotationPresent(On.class);
                // An annotated override hides the annotated method it overrides; an unannotated override does
                // not, and still runs, since the superclass's handle dispatches virtually.
                if (annotated && seen.add(m.getName() + Arrays.toString(m.getParameterTypes()))) {
                    methods.add(m);
                }
            }
        }
        return methods;
    }

    private static Set<HandlerKey> keys(Method m, On on) {
        Set<HandlerKey> keys = new LinkedHashSet<>();
        for (String resource : on.resource()) {
            for (String action : on.action()) {
                try {
                    keys.add(new HandlerKey(resource, action));
                } catch (IllegalArgumentException e) {
                    throw bad(m, e.getMessage());
                }
            }
        }
        if (keys.size() != on.resource().length * on.action().length) {
            throw bad(m, "lists the same resource or action twice");
        }
        return keys;
    }

    private static AuthorizationHandler<AuthValue> authorizationHandler(Object target, Method m, Set<HandlerKey> keys) {
        Class<?>[] params = m.getParameterTypes();
        if (params.length != 2 || params[0] != AuthContext.class) {
            throw bad(m, "must take (AuthContext ctx, <value> value)");
        }
        boolean wantsMap = params[1] == Map.class;
        if (!wantsMap) {
            for (HandlerKey key : keys) {
                for (AuthEvent<?> event : key.events()) {
                    if (!params[1].isAssignableFrom(event.valueType())) {
                        throw bad(m, "takes a " + params[1].getSimpleName() + " but " + event + " gives a "
                                + event.valueType().getSimpleName() + "; use that type, a supertype or Map");
                    }
                }
            }
        }
        Function<Object, AuthResult> result = authorizationResult(m);
        MethodHandle handle = handle(target, m).asType(AUTHORIZE);
        String source = describe(m);
        return (ctx, value) -> {
            Object arg = wantsMap ? value.asMap() : value;
            return result.apply(invoke(source, () -> (Object) handle.invokeExact(ctx, arg)));
        };
    }

    /** Python's results: None/True allow, False denies, a dict filters. A null from a non-void method is a bug. */
    @SuppressWarnings("unchecked")
    private static Function<Object, AuthResult> authorizationResult(Method m) {
        Class<?> type = m.getReturnType();
        if (type == void.class) {
            return r -> AuthResult.allow();
        }
        if (type == boolean.class || type == Boolean.class) {
            return r -> r == null ? null : AuthResult.of((Boolean) r);
        }
        if (type == AuthResult.class) {
            return r -> (AuthResult) r;
        }
        if (Map.class.isAssignableFrom(type)) {
            return r -> r == null ? null : AuthResult.filter((Map<String, ?>) r);
        }
        throw bad(m, "must return AuthResult, boolean, Boolean, Map or void");
    }

    private static Authenticator authenticator(Object target, Method m) {
        List<Function<AuthRequest, Object>> arguments = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            arguments.add(argument(m, p));
        }
        Function<Object, MinimalUser> user = user(m);
        MethodHandle handle = handle(target, m).asSpreader(Object[].class, arguments.size()).asType(AUTHENTICATE);
        String source = describe(m);
        return request -> {
            Object[] args = arguments.stream().map(a -> a.apply(request)).toArray();
            Object returned = invoke(source, () -> (Object) handle.invokeExact(args));
            return returned == null ? null : user.apply(returned);
        };
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, MinimalUser> user(Method m) {
        Class<?> type = m.getReturnType();
        if (type == String.class) {
            return r -> User.of((String) r);
        }
        if (Map.class.isAssignableFrom(type)) {
            return r -> User.fromMap((Map<String, ?>) r);
        }
        if (MinimalUser.class.isAssignableFrom(type)) {
            return r -> (MinimalUser) r;
        }
        throw bad(m, "must return a String identity, a Map or a MinimalUser");
    }

    private static Function<AuthRequest, Object> argument(Method m, Parameter p) {
        List<Annotation> marks = Arrays.stream(p.getAnnotations())
                .filter(a -> a instanceof Header || a instanceof QueryParam || a instanceof PathParam
                        || a instanceof Body)
                .collect(Collectors.toList());
        if (marks.size() > 1) {
            throw bad(m, "parameter " + p.getName() + " has more than one of @Header, @QueryParam, @PathParam, @Body");
        }
        Annotation mark = marks.isEmpty() ? null : marks.get(0);
        Class<?> type = p.getType();
        if (mark == null && type == AuthRequest.class) {
            return r -> r;
        }
        if (mark instanceof Body) {
            if (type == Object.class) {
                return AuthRequest::body;
            }
            if (type == Map.class) {
                return r -> r.body() instanceof Map ? r.body() : null;
            }
            throw bad(m, "@Body parameter " + p.getName() + " must be an Object or a Map");
        }
        if (mark != null && type != String.class) {
            throw bad(m, "parameter " + p.getName() + " must be a String");
        }
        if (mark instanceof Header h) {
            return r -> r.header(h.value()).orElse(null);
        }
        if (mark instanceof QueryParam q) {
            return r -> r.queryParam(q.value()).orElse(null);
        }
        if (mark instanceof PathParam pp) {
            return r -> r.pathParam(pp.value()).orElse(null);
        }
        throw bad(m, "parameter " + p.getName() + " of type " + type.getSimpleName()
                + " is not supported: take an AuthRequest, or annotate a String with @Header, @QueryParam or "
                + "@PathParam, or an Object/Map with @Body");
    }

    /** A method handle call; {@code invokeExact} declares Throwable. */
    @FunctionalInterface
    private interface Call {
        Object call() throws Throwable;
    }

    /** Calls a handler method: unchecked exceptions pass through, checked ones are wrapped. */
    private static Object invoke(String source, Call call) {
        try {
            return call.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new HandlerFailedException(source, t);
        }
    }

    private static MethodHandle handle(Object target, Method m) {
        try {
            if (!m.trySetAccessible()) {
                throw bad(m, "is not accessible; make it public or open its package to dev.langgraph.auth");
            }
            MethodHandle handle = MethodHandles.lookup().unreflect(m);
            return Modifier.isStatic(m.getModifiers()) ? handle : handle.bindTo(target);
        } catch (IllegalAccessException | SecurityException e) {
            throw bad(m, "is not accessible: " + e.getMessage());
        }
    }

    private static IllegalArgumentException bad(Method m, String problem) {
        return new IllegalArgumentException("Auth handler " + describe(m) + " " + problem);
    }

    private static String describe(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }
}
