package dev.langgraph.testkit.tck;

import dev.langgraph.client.transport.TransportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Assertions and data the contract tests share. Only JUnit-free plain Java, so that it reads everywhere. */
public final class Checks {

    /** Room a transport may use to buffer a body beyond what its subscriber asked for. */
    public static final long TRANSPORT_BUFFER_ALLOWANCE = 8L * 1024 * 1024;

    private Checks() {
    }

    /** Asserts that {@code error} is a {@link TransportException} of {@code kind}, and returns it. */
    public static TransportException transportException(Throwable error, TransportException.Kind kind, String where) {
        if (!(error instanceof TransportException te)) {
            throw new AssertionError("Expected a TransportException of kind " + kind + " from " + where
                    + " but got " + error, error);
        }
        if (te.kind() != kind) {
            throw new AssertionError("Expected a TransportException of kind " + kind + " from " + where
                    + " but got kind " + te.kind() + ": " + te.getMessage(), te);
        }
        return te;
    }

    /** The byte at {@code offset} of the TCK's large bodies: a pattern that catches lost, doubled or moved bytes. */
    public static byte patternByte(long offset) {
        return (byte) (offset % 251);
    }

    /** {@code length} bytes of the pattern of {@link #patternByte(long)}, from offset 0. */
    public static byte[] pattern(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = patternByte(i);
        }
        return bytes;
    }

    /** {@code text} as UTF-8 bytes. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The most a loopback connection can hold in kernel buffers between a server's {@code write} and a client
     * that has stopped reading: the client's receive buffer (auto-tuned up to {@code tcp_rmem}'s maximum, or set
     * explicitly up to twice {@code rmem_max}) plus the server's send buffer. Read from {@code /proc} on Linux;
     * elsewhere a generous guess.
     */
    public static long kernelBufferAllowance(long serverSendBuffer) {
        long receive = Math.max(lastNumber("/proc/sys/net/ipv4/tcp_rmem"), 2 * lastNumber("/proc/sys/net/core/rmem_max"));
        if (receive <= 0) {
            receive = 16L * 1024 * 1024;
        }
        return receive + 2 * serverSendBuffer;
    }

    private static long lastNumber(String file) {
        try {
            // Not Files.readString: on some kernels procfs files report a size that truncates that read.
            String[] fields = String.join(" ", Files.readAllLines(Path.of(file))).trim().split("\\s+");
            return Long.parseLong(fields[fields.length - 1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
