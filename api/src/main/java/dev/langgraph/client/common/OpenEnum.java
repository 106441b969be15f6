package dev.langgraph.client.common;

import java.util.Objects;

/**
 * Base of the SDK's "open" enums: string values the server defines, where a value unknown to this SDK version
 * (sent by a newer server) is kept instead of failing. Each subclass has constants for the known values and an
 * {@code of(String)} factory that returns a constant when one matches.
 */
public abstract class OpenEnum {

    private final String value;

    /**
     * Creates a value.
     *
     * @param value the wire value
     * @throws IllegalArgumentException if the value is null or blank
     */
    protected OpenEnum(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " value must not be blank");
        }
        this.value = value;
    }

    /**
     * The value as sent on the wire.
     *
     * @return the wire value
     */
    public final String value() {
        return value;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && value.equals(((OpenEnum) o).value);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), value);
    }

    @Override
    public final String toString() {
        return value;
    }
}
