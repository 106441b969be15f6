package dev.langgraph.interop.gateway;

import dev.langgraph.auth.PeerAuthRules;
import dev.langgraph.client.LangGraphClient;
import dev.langgraph.client.assistants.Assistant;
import dev.langgraph.client.assistants.AssistantCreateParams;
import dev.langgraph.client.assistants.AssistantUpdateParams;
import dev.langgraph.client.errors.ApiStatusException;
import dev.langgraph.client.errors.StreamErrorException;
import dev.langgraph.client.runs.RunParams;
import dev.langgraph.client.store.Item;
import dev.langgraph.client.streaming.RunStream;
import dev.langgraph.client.threads.Thread;
import dev.langgraph.client.threads.ThreadCountParams;
import dev.langgraph.client.threads.ThreadCreateParams;
import dev.langgraph.client.threads.ThreadSearchParams;
import dev.langgraph.client.threads.ThreadUpdateParams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One list of auth steps (alice creates, reads, searches, updates and deletes threads; bob tries each on alice's;
 * assistants; the store's namespace rule; runs on alice's thread by bob), run through the SDK against one server,
 * giving one {@link Outcome} per step: the status class a user sees and the resources they see. Ids are replaced
 * by the names the scenario gave them, so two servers' outcomes compare equal.
 */
final class AuthScenario {

    /**
     * What a user sees of one step.
     *
     * @param status {@code "ok"}, an HTTP status, or {@code "stream error"} (an error event in a 200 stream)
     * @param visible the resources seen (names for ids), or the detail of a 401/403 (same rules, same words)
     */
    record Outcome(String status, Object visible) {
        static Outcome ok(Object visible) {
            return new Outcome("ok", visible);
        }
    }

    /**
     * One step.
     *
     * @param name what happens
     * @param action what the step does on a leg
     */
    record Step(String name, Function<Leg, Object> action) {
    }

    /** The clients and names of one run of the scenario against one server. */
    static final class Leg implements AutoCloseable {
        final LangGraphClient alice;
        final LangGraphClient bob;
        final LangGraphClient anonymous;
        final LangGraphClient stranger;
        final String tag = "diff-" + UUID.randomUUID();
        final String label = "notes-" + UUID.randomUUID();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, String> ids = new HashMap<>();

        Leg(String baseUrl) {
            alice = client(baseUrl, PeerAuthRules.ALICE_TOKEN);
            bob = client(baseUrl, PeerAuthRules.BOB_TOKEN);
            anonymous = LangGraphClient.builder().baseUrl(baseUrl).noApiKey().build();
            stranger = client(baseUrl, "mallory-token");
        }

        private static LangGraphClient client(String baseUrl, String token) {
            return LangGraphClient.builder().baseUrl(baseUrl).noApiKey().header("Authorization", "Bearer " + token)
                    .build();
        }

        String name(String name, String id) {
            names.put(id, name);
            ids.put(name, id);
            return name;
        }

        String id(String name) {
            String id = ids.get(name);
            if (id == null) {
                throw new MissingName(name);
            }
            return id;
        }

        Object named(String id) {
            return names.getOrDefault(id, "<unnamed>");
        }

        Map<String, Object> byTag() {
            return Map.of("tag", tag);
        }

        /** Metadata with this leg's own tag shown as {@code <tag>}, so legs compare equal. */
        Map<String, Object> metadata(Map<String, Object> metadata) {
            Map<String, Object> shown = new LinkedHashMap<>(metadata);
            shown.replaceAll((k, v) -> tag.equals(v) ? "<tag>" : v);
            return shown;
        }

        @Override
        public void close() {
            alice.close();
            bob.close();
            anonymous.close();
            stranger.close();
        }
    }

    private AuthScenario() {
    }

    /** A step needs what an earlier step failed to create. */
    private static final class MissingName extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingName(String name) {
            super(name, null, false, false);
        }
    }

    /**
     * Runs every step on a leg.
     *
     * @param leg the leg
     * @return step name to outcome, in order
     */
    static Map<String, Outcome> run(Leg leg) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Step step : STEPS) {
            outcomes.put(step.name(), outcome(() -> step.action().apply(leg)));
        }
        return outcomes;
    }

    private static Outcome outcome(java.util.function.Supplier<Object> action) {
        try {
            return Outcome.ok(action.get());
        } catch (ApiStatusException e) {
            boolean refusedByRules = e.statusCode() == 401 || e.statusCode() == 403;
            return new Outcome(Integer.toString(e.statusCode()), refusedByRules ? e.detail() : null);
        } catch (StreamErrorException e) {
            return new Outcome("stream error", null);
        } catch (MissingName e) {
            return new Outcome("not run: an earlier step did not create " + e.getMessage(), null);
        }
    }

    private static Map<String, Object> thread(Leg leg, Thread t) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("thread", leg.named(t.threadId()));
        seen.put("metadata", leg.metadata(t.metadata()));
        return seen;
    }

    private static List<Object> threads(Leg leg, List<Thread> list) {
        List<Object> seen = new ArrayList<>();
        list.forEach(t -> seen.add(leg.named(t.threadId())));
        return seen;
    }

    private static Map<String, Object> assistant(Leg leg, Assistant a) {
        return Map.of("assistant", leg.named(a.assistantId()), "metadata", leg.metadata(a.metadata()));
    }

    private static Object joinStream(LangGraphClient client, String threadId, String runId) {
        try (RunStream stream = client.runs().joinStream(threadId, runId)) {
            List<String> events = new ArrayList<>();
            stream.forEach(part -> events.add(part.event()));
            return events;
        }
    }

    private static final RunParams COUNT = RunParams.builder().input(Map.of("count", 0)).build();

    /** The steps, in order; later ones use the names earlier ones gave. */
    static final List<Step> STEPS = List.of(
            new Step("no token: search threads", l -> l.anonymous.threads().search(ThreadSearchParams.builder()
                    .build())),
            new Step("unknown token: read an assistant", l -> l.stranger.assistants().get("echo")),
            new Step("alice creates thread A: owner stamped", l -> {
                Thread t = l.alice.threads().create(ThreadCreateParams.builder().metadata(l.byTag()).build());
                l.name("A", t.threadId());
                return thread(l, t);
            }),
            new Step("bob creates thread B claiming alice's ownership", l -> {
                Map<String, Object> metadata = new LinkedHashMap<>(l.byTag());
                metadata.put("owner", "alice");
                Thread t = l.bob.threads().create(ThreadCreateParams.builder().metadata(metadata).build());
                l.name("B", t.threadId());
                return thread(l, t);
            }),
            new Step("alice reads A", l -> thread(l, l.alice.threads().get(l.id("A")))),
            new Step("bob reads A", l -> thread(l, l.bob.threads().get(l.id("A")))),
            new Step("alice searches by tag", l -> threads(l, l.alice.threads().search(ThreadSearchParams.builder()
                    .metadata(l.byTag()).build()))),
            new Step("bob searches by tag", l -> threads(l, l.bob.threads().search(ThreadSearchParams.builder()
                    .metadata(l.byTag()).build()))),
            new Step("bob searches by A's id", l -> threads(l, l.bob.threads().search(ThreadSearchParams.builder()
                    .ids(List.of(l.id("A"))).build()))),
            new Step("bob searches for alice's threads", l -> threads(l, l.bob.threads().search(
                    ThreadSearchParams.builder().metadata(Map.of("tag", l.tag, "owner", "alice")).build()))),
            new Step("alice counts by tag", l -> l.alice.threads().count(ThreadCountParams.ofMetadata(l.byTag()))),
            new Step("bob counts alice's threads", l -> l.bob.threads().count(ThreadCountParams.ofMetadata(
                    Map.of("tag", l.tag, "owner", "alice")))),
            new Step("alice updates A", l -> thread(l, l.alice.threads().update(l.id("A"),
                    ThreadUpdateParams.of(Map.of("k", 1))))),
            new Step("bob updates A", l -> thread(l, l.bob.threads().update(l.id("A"),
                    ThreadUpdateParams.of(Map.of("owner", "bob"))))),
            new Step("bob reads A's state", l -> l.bob.threads().getState(l.id("A")).values()),
            new Step("bob reads A's history", l -> l.bob.threads().getHistory(l.id("A")).size()),
            new Step("alice runs counter on A", l -> l.alice.runs().wait(l.id("A"), "counter", COUNT)),
            new Step("bob runs counter on A", l -> l.bob.runs().wait(l.id("A"), "counter", COUNT)),
            new Step("alice starts run R on A and joins it", l -> {
                String runId = l.alice.runs().create(l.id("A"), "counter", COUNT).runId();
                l.name("R", runId);
                return l.alice.runs().join(l.id("A"), runId);
            }),
            new Step("alice lists A's runs", l -> l.alice.runs().list(l.id("A")).size()),
            new Step("bob lists A's runs", l -> l.bob.runs().list(l.id("A")).size()),
            new Step("bob reads run R", l -> l.named(l.bob.runs().get(l.id("A"), l.id("R")).runId())),
            new Step("bob joins run R's stream", l -> joinStream(l.bob, l.id("A"), l.id("R"))),
            new Step("bob copies A", l -> thread(l, l.bob.threads().copy(l.id("A")))),
            new Step("bob deletes A", l -> {
                l.bob.threads().delete(l.id("A"));
                return null;
            }),
            new Step("A is intact for alice", l -> thread(l, l.alice.threads().get(l.id("A")))),
            new Step("bob creates an assistant", l -> assistant(l, l.bob.assistants().create(
                    AssistantCreateParams.builder("echo").metadata(l.byTag()).build()))),
            new Step("alice creates assistant X: owner stamped", l -> {
                Assistant a = l.alice.assistants().create(AssistantCreateParams.builder("echo")
                        .metadata(l.byTag()).build());
                l.name("X", a.assistantId());
                return assistant(l, a);
            }),
            new Step("bob reads X", l -> assistant(l, l.bob.assistants().get(l.id("X")))),
            new Step("bob updates X", l -> assistant(l, l.bob.assistants().update(l.id("X"),
                    AssistantUpdateParams.builder().name("bob's").build()))),
            new Step("bob deletes X", l -> {
                l.bob.assistants().delete(l.id("X"));
                return null;
            }),
            new Step("alice deletes the system assistant echo", l -> {
                l.alice.assistants().delete("echo");
                return null;
            }),
            new Step("alice deletes X", l -> {
                l.alice.assistants().delete(l.id("X"));
                return null;
            }),
            new Step("X is gone", l -> assistant(l, l.alice.assistants().get(l.id("X")))),
            new Step("bob puts in his namespace", l -> {
                l.bob.store().putItem(List.of("bob", l.label), "k", Map.of("v", 1));
                return null;
            }),
            new Step("alice puts in bob's namespace", l -> {
                l.alice.store().putItem(List.of("bob", l.label), "k", Map.of("v", 1));
                return null;
            }),
            new Step("alice puts in her namespace", l -> {
                l.alice.store().putItem(List.of("alice", l.label), "k", Map.of("v", 1));
                return null;
            }),
            new Step("alice gets her item", l -> l.alice.store().getItem(List.of("alice", l.label), "k").value()),
            new Step("bob gets alice's item", l -> l.bob.store().getItem(List.of("alice", l.label), "k").value()),
            new Step("alice searches her namespace", l -> l.alice.store().searchItems(List.of("alice", l.label))
                    .items().size()),
            new Step("alice deletes her item", l -> {
                l.alice.store().deleteItem(List.of("alice", l.label), "k");
                Item gone = l.alice.store().getItem(List.of("alice", l.label), "k");
                return gone == null ? "gone" : gone.value();
            }),
            new Step("alice deletes A", l -> {
                l.alice.threads().delete(l.id("A"));
                return null;
            }),
            new Step("A is gone for alice", l -> thread(l, l.alice.threads().get(l.id("A")))),
            new Step("bob deletes B", l -> {
                l.bob.threads().delete(l.id("B"));
                return null;
            }));
}
