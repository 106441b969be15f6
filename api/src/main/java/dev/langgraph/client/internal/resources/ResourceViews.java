package dev.langgraph.client.internal.resources;

import dev.langgraph.client.internal.Call;
import dev.langgraph.client.internal.HttpPipeline;
import dev.langgraph.client.internal.streaming.BlockingRunStream;
import dev.langgraph.client.internal.streaming.PublishingRunStream;
import dev.langgraph.client.internal.streaming.StreamSpec;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
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
        Map<Method, MethodHandle> handles = new HashMap<>();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (Method m : api.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            try {
                Method op = operations.getClass().getMethod(m.getName(), m.getParameterTypes());
                handles.put(m, lookup.unreflect(op).bindTo(operations));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(operations.getClass().getName() + " lacks a public operation for "
                        + api.getName() + "." + m.getName(), e);
            }
        }
        String description = api.getSimpleName() + "(" + operations.getClass().getSimpleName() + ")";
        InvocationHandler handler = (proxy, method, args) -> {
            MethodHandle h = handles.get(method);
            if (h != null) {
                return runner.run(h.invokeWithArguments(args == null ? new Object[0] : args));
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
}
