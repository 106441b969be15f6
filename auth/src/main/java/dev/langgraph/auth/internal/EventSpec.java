package dev.langgraph.auth.internal;

import dev.langgraph.auth.AuthEvent;
import dev.langgraph.auth.HTTPException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How a route raises one kind of event: from the whole body, once per item of a batch, or once per element of
 * an array in the body; optionally only when a condition on the request holds.
 */
final class EventSpec {

    private enum Shape { WHOLE_REQUEST, EACH_ITEM, EACH_ELEMENT }

    private final AuthEvent<?> event;
    private final Shape shape;
    private final String elementsKey;
    private final List<Source> sources;
    private final Set<String> claimedBodyKeys;
    private final boolean readsBody;
    private final Predicate<RequestData> condition;

    private EventSpec(AuthEvent<?> event, Shape shape, String elementsKey, List<Source> sources,
            Predicate<RequestData> condition) {
        Set<String> fieldNames = event.fields().stream().map(f -> f.name()).collect(Collectors.toSet());
        for (Source s : sources) {
            if (!fieldNames.contains(s.field().name())) {
                throw new IllegalArgumentException(event + " has no field " + s.field());
            }
        }
        this.event = event;
        this.shape = shape;
        this.elementsKey = elementsKey;
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing(s -> !s.isRest())); // rest first: named fields overwrite it
        this.sources = List.copyOf(ordered);
        this.claimedBodyKeys = sources.stream().flatMap(s -> s.claimedBodyKey().stream())
                .collect(Collectors.toUnmodifiableSet());
        this.readsBody = shape != Shape.WHOLE_REQUEST || sources.stream().anyMatch(Source::readsBody);
        this.condition = condition;
    }

    /** One event per request. */
    static EventSpec one(AuthEvent<?> event, Source... sources) {
        return new EventSpec(event, Shape.WHOLE_REQUEST, null, List.of(sources), r -> true);
    }

    /** One event per object of a body that is a JSON array (run batches). */
    static EventSpec eachItem(AuthEvent<?> event, Source... sources) {
        return new EventSpec(event, Shape.EACH_ITEM, null, List.of(sources), r -> true);
    }

    /** One event per element of the body's array under a key (thread pruning). */
    static EventSpec eachElement(AuthEvent<?> event, String key, Source... sources) {
        return new EventSpec(event, Shape.EACH_ELEMENT, key, List.of(sources), r -> true);
    }

    /** The same spec, raising its events only when the condition holds. */
    EventSpec when(Predicate<RequestData> condition) {
        return new EventSpec(event, shape, elementsKey, sources, condition);
    }

    AuthEvent<?> event() {
        return event;
    }

    List<PlannedEvent> plan(RequestData data) {
        if (!condition.test(data)) {
            return List.of();
        }
        switch (shape) {
            case EACH_ITEM: {
                List<PlannedEvent> events = new ArrayList<>();
                data.bodyObjects().forEach(item -> events.add(planOne(data, item, null)));
                return events;
            }
            case EACH_ELEMENT: {
                Object elements = data.bodyObject().get(elementsKey);
                if (!(elements instanceof List<?> list) || list.isEmpty()) {
                    throw new HTTPException(422, "'" + elementsKey + "' must be a non-empty array");
                }
                List<PlannedEvent> events = new ArrayList<>();
                list.forEach(e -> events.add(planOne(data, null, e)));
                return events;
            }
            default:
                return List.of(planOne(data, readsBody ? data.bodyObject() : null, null));
        }
    }

    private PlannedEvent planOne(RequestData data, Map<String, Object> object, Object element) {
        EventInput in = new EventInput(data, object, element, claimedBodyKeys);
        Map<String, Object> entries = new LinkedHashMap<>();
        List<WriteBack> writeBacks = new ArrayList<>();
        sources.forEach(s -> s.fill(in, entries, writeBacks));
        return new PlannedEvent(event, entries, List.copyOf(writeBacks));
    }
}
