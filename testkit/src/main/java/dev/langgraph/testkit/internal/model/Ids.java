package dev.langgraph.testkit.internal.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** Id generation and validation: time-ordered UUIDv7s, name-based UUIDv5, interrupt ids. */
public final class Ids {

    /** The namespace of system assistant ids ({@code uuid5(NAMESPACE_GRAPH, graph_id)}). */
    public static final UUID NAMESPACE_GRAPH = UUID.fromString("6ba7b821-9dad-11d1-80b4-00c04fd430c8");

    private static final Pattern UUID_TEXT = Pattern.compile(
            "^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$");

    private Ids() {
    }

    /**
     * Returns a new id, time-ordered as the real servers' ids are.
     *
     * @return a UUIDv7 string (RFC 9562: 48 bits of Unix milliseconds, then random bits)
     */
    public static String newId() {
        // Both real servers hand out UUIDv7 (clients may rely on the version and on the rough time order).
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0fffL);
        long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    /**
     * Tells whether a string is a UUID (with or without dashes, any case), as Python's {@code UUID(str)} accepts.
     *
     * @param text the text
     * @return whether it parses as a UUID
     */
    public static boolean isUuid(String text) {
        return text != null && UUID_TEXT.matcher(text).matches();
    }

    /**
     * Canonicalizes a UUID string to lower case with dashes.
     *
     * @param text a string for which {@link #isUuid(String)} holds
     * @return the canonical form
     */
    public static String canonical(String text) {
        String hex = text.replace("-", "").toLowerCase(java.util.Locale.ROOT);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /**
     * Computes a name-based UUID version 5 (SHA-1), as Python's {@code uuid.uuid5}.
     *
     * @param namespace the namespace
     * @param name the name (UTF-8)
     * @return the UUID
     */
    public static UUID uuid5(UUID namespace, String name) {
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        MessageDigest sha1 = digest("SHA-1");
        sha1.update(ns.array());
        sha1.update(name.getBytes(StandardCharsets.UTF_8));
        byte[] hash = sha1.digest();
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /**
     * Returns the id of a task: stable for a checkpoint and node, so an interrupt and its resume name the same
     * task.
     *
     * @param checkpointId the checkpoint the task runs from
     * @param node the node name
     * @return the task id
     */
    public static String taskId(String checkpointId, String node) {
        return uuid5(NAMESPACE_GRAPH, checkpointId + ":" + node).toString();
    }

    /**
     * Returns the id of the n-th interrupt of a task (32 hex digits, as LangGraph's interrupt ids).
     *
     * @param taskId the task id
     * @param index the interrupt's index within the task
     * @return the id
     */
    public static String interruptId(String taskId, int index) {
        MessageDigest md5 = digest("MD5");
        return HexFormat.of().formatHex(md5.digest((taskId + "|" + index).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required", e);
        }
    }
}
