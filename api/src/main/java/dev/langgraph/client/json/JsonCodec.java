package dev.langgraph.client.json;

import java.lang.reflect.Type;

/**
 * The JSON library seam. The SDK reads and writes JSON only through this interface, so the default Jackson
 * codec can be replaced (for example by one wrapping an application's own configured mapper).
 *
 * <p>Decoded values use plain Java types: {@code Map<String, Object>} (insertion-ordered) for objects,
 * {@code List<Object>} for arrays, {@code String}, {@code Boolean}, {@code Number} and {@code null}.
 * Implementations are thread-safe.
 */
public interface JsonCodec {

    /**
     * Parses JSON text.
     *
     * @param json UTF-8 encoded JSON
     * @return the decoded value as plain Java types
     * @throws JsonException if the bytes are not valid JSON
     */
    Object read(byte[] json);

    /**
     * Parses JSON text held in part of an array, without copying it first. The SDK's stream decoder calls this
     * with a slice of its own buffer, valid only during the call. The default copies the slice and calls
     * {@link #read(byte[])}; codecs whose parser reads array ranges should override it.
     *
     * @param json an array holding UTF-8 encoded JSON
     * @param offset where the JSON starts
     * @param length how many bytes it has
     * @return the decoded value as plain Java types
     * @throws JsonException if the bytes are not valid JSON
     * @throws IndexOutOfBoundsException if the range does not fit the array
     */
    default Object read(byte[] json, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, json.length);
        return read(java.util.Arrays.copyOfRange(json, offset, offset + length));
    }

    /**
     * Serialises a value, which may be plain Java types, an SDK model or a user's own bean or record.
     *
     * @param value the value
     * @return UTF-8 encoded JSON
     * @throws JsonException if the value cannot be serialised
     */
    byte[] write(Object value);

    /**
     * Converts decoded JSON (plain Java types) into a user type, such as a record describing graph state.
     *
     * @param value plain Java types, as returned by {@link #read(byte[])}
     * @param type the target type (a {@code Class} or a parameterised type)
     * @param <T> the target type
     * @return the converted value
     * @throws JsonException if the value does not fit the type
     */
    <T> T convert(Object value, Type type);
}
