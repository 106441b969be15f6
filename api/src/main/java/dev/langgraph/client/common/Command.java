package dev.langgraph.client.common;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A command for a run instead of (or besides) an input: resume an interrupt, update the state, and/or go to
 * particular nodes. Fields set to {@code null} are left out of the request, as the Python SDK strips {@code None}.
 *
 * <pre>{@code
 * Command.resume(Map.of("approved", true));
 * Command.builder().resume("no").update(Map.of("topic", "changed")).gotoNode("finish").build();
 * }</pre>
 */
public final class Command extends ApiObject {

    private static final String GOTO = "goto";

    private Command(Map<String, ?> fields) {
        super(fields);
    }

    /**
     * Wraps a decoded JSON object.
     *
     * @param fields the JSON object
     * @return the command
     * @throws NullPointerException if {@code fields} is null
     */
    public static Command fromMap(Map<String, ?> fields) {
        return new Command(fields);
    }

    /**
     * A command that only resumes the pending interrupt(s).
     *
     * @param value the resume value, returned by {@code interrupt()} in the graph; null gives an empty command
     * @return the command
     */
    public static Command resume(Object value) {
        return builder().resume(value).build();
    }

    /**
     * A new builder.
     *
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder(Map.of());
    }

    /**
     * A builder starting from this command's fields.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(toMap());
    }

    /**
     * The resume value, as plain JSON types.
     *
     * @return {@code resume}, or null
     */
    public Object resume() {
        return get("resume");
    }

    /**
     * The state update: a map of values, or a list of {@code [key, value]} pairs.
     *
     * @return {@code update}, or null
     */
    public Object update() {
        return get("update");
    }

    /**
     * Where to go next: a node name, a {@link Send} as a map, or a list of those. ({@code goto} is a Java keyword.)
     *
     * @return {@code goto}, or null
     */
    public Object gotoTarget() {
        return get(GOTO);
    }

    /** Builds a {@link Command}. Setting a field to {@code null} removes it. */
    public static final class Builder {
        private final Map<String, Object> fields;

        private Builder(Map<String, ?> initial) {
            this.fields = copyOf(initial);
        }

        /**
         * Sets the resume value.
         *
         * @param value the value returned by {@code interrupt()} in the graph (plain JSON types, a model, or an
         *     object the JSON codec can write)
         * @return this builder
         */
        public Builder resume(Object value) {
            ModelFields.putOrRemove(fields, "resume", value);
            return this;
        }

        /**
         * Sets the state update as a map of values.
         *
         * @param values the channel values to write
         * @return this builder
         */
        public Builder update(Map<String, ?> values) {
            ModelFields.putOrRemove(fields, "update", values);
            return this;
        }

        /**
         * Sets the state update as {@code [key, value]} pairs, which may repeat a key.
         *
         * @param pairs the pairs, each a two-element list
         * @return this builder
         */
        public Builder update(List<? extends List<?>> pairs) {
            ModelFields.putOrRemove(fields, "update", pairs);
            return this;
        }

        /**
         * Goes to one node.
         *
         * @param node the node name
         * @return this builder
         */
        public Builder gotoNode(String node) {
            ModelFields.putOrRemove(fields, GOTO, node);
            return this;
        }

        /**
         * Goes to several targets.
         *
         * @param targets node names and/or {@link Send}s
         * @return this builder
         */
        public Builder gotoNodes(List<?> targets) {
            ModelFields.putOrRemove(fields, GOTO, targets);
            return this;
        }

        /**
         * Goes to nodes with their own inputs. One send is written as an object, several as a list.
         *
         * @param sends the sends
         * @return this builder
         */
        public Builder gotoSend(Send... sends) {
            Object value = null;
            if (sends != null && sends.length > 0) {
                value = sends.length == 1 ? sends[0] : Arrays.asList(sends);
            }
            ModelFields.putOrRemove(fields, GOTO, value);
            return this;
        }

        /**
         * Builds the command.
         *
         * @return the command
         */
        public Command build() {
            return new Command(fields);
        }
    }
}
