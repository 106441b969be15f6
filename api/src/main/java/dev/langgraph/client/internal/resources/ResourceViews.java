package dev.langgraph.client.internal.resources;

import dev.langgraph.client.internal.Call;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.streaming.BlockingRunStream;
import dev.langgraph.client.internal.streaming.PublishingRunStream;
import dev.langgraph.client.internal.streaming.StreamSpec;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Implements a resource's blocking and non-blocking interfaces from one operations class.
 *
 * <p>Each resource writes its requests once, as methods of an operations class that return a prepared
 * {@link Call} (or a {@link StreamSpec} for streams), with the same names and parameters as the interface
 * methods. The blocking view runs the call ({@link Call#execute()}, {@link BlockingRunStream}); the async view
 * starts it ({@link Call#executeAsync()}, {@link PublishingRunStream}). Methods are matched once, when the view is
 * created, so a missing operation fails at client construction, not at the first call.
 */
public final class ResourceViews {

    private static final Object[] NO_ARGUMENTS = new Object[0];

    private ResourceViews() {
    }

    /**
     * Creates the blocking view.
     *
     * @param api the resource's blocking interface
     * @param operations the operations object
     * @param pipeline the client's pipeline (for streams)
     * @param <T> the interface type
     * @return the view
     * @throws IllegalStateException if an interface method has no matching operation
     */
    public static <T> T blocking(Class<T> api, Object operations, HttpPipeline pipeline) {
        return create(api, operations, result -> {
            if (result instanceof Call<?> call) {
                return call.execute();
            }
            return BlockingRunStream.open(pipeline, (StreamSpec) result);
        });
    }

    /**
     * Creates the non-blocking view.
     *
     * @param api the resource's async interface
     * @param operations the operations object
     * @param pipeline the client's pipeline (for streams)
     * @param <T> the interface type
     * @return the view
     * @throws IllegalStateException if an interface method has no matching operation
     */
    public static <T> T async(Class<T> api, Object operations, HttpPipeline pipeline) {
        return create(api, operations, result -> {
            if (result instanceof Call<?> call) {
                return call.executeAsync();
            }
            return new PublishingRunStream(pipeline, (StreamSpec) result);
        });
    }

    private interface Runner {
        Object run(Object prepared);
    }

    private static <T> T create(Class<T> api, Object operations, Runner runner) {
        Map<Method, MethodHandle> ops = new HashMap<>();
        Map<Method, MethodHandle> defaults = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandles.Lookup inApi = privateLookupIn(api);
        for (Method m : api.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (m.isDefault()) {
                MethodHandle handle = inApi == null ? null : defaultMethod(inApi, api, m);
                if (handle != null) {
                    defaults.put(m, handle);
                }
                continue;
            }
            try {
                Method op = operations.getClass().getMethod(m.getName(), m.getParameterTypes());
                ops.put(m, spread(lookup.unreflect(op).bindTo(operations), 0));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(operations.getClass().getName() + " lacks a public operation for "
                        + api.getName() + "." + m.getName(), e);
            }
        }
        String description = api.getSimpleName() + "(" + operations.getClass().getSimpleName() + ")";
        InvocationHandler handler = (proxy, method, args) -> {
            Object[] arguments = args == null ? NO_ARGUMENTS : args;
            MethodHandle op = ops.get(method);
            if (op != null) {
                return runner.run((Object) op.invokeExact(arguments));
            }
            MethodHandle defaultMethod = defaults.get(method);
            if (defaultMethod != null) {
                return (Object) defaultMethod.invokeExact(proxy, arguments);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return switch (method.getName()) {
                case "toString" -> description;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.toString());
            };
        };
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
    }

    /**
     * A lookup with private access to the interface, for calling its default methods directly: the interfaces
     * live in this module, so this succeeds on the class path and as an automatic module. Null where a module
     * layout forbids it; default methods then go through {@code InvocationHandler.invokeDefault}, which is correct
     * but walks the stack on every call.
     */
    private static MethodHandles.Lookup privateLookupIn(Class<?> api) {
        try {
            return MethodHandles.privateLookupIn(api, MethodHandles.lookup());
        } catch (IllegalAccessException | SecurityException e) {
            return null;
        }
    }

    /**
     * The interface's default method as {@code (Object proxy, Object[] args) -> Object}, or null where the JVM
     * does not let {@code api} call it directly (a default inherited from an indirect superinterface).
     */
    private static MethodHandle defaultMethod(MethodHandles.Lookup inApi, Class<?> api, Method m) {
        try {
            return spread(inApi.unreflectSpecial(m, api), 1);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /**
     * Adapts a handle to take its arguments after the first {@code leading} ones as one {@code Object[]} and to
     * return {@code Object}, so every call site can use {@code invokeExact}: resolved once here, where
     * {@code invokeWithArguments} would build the same adapter on every call.
     */
    private static MethodHandle spread(MethodHandle handle, int leading) {
        int spread = handle.type().parameterCount() - leading;
        MethodHandle adapted = handle.asFixedArity().asSpreader(Object[].class, spread);
        Class<?>[] types = new Class<?>[leading + 1];
        Arrays.fill(types, Object.class);
        types[leading] = Object[].class;
        return adapted.asType(MethodType.methodType(Object.class, types));
    }
}
