package dev.langgraph.client.internal.sse;

import dev.langgraph.client.errors.ApiResponseValidationException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Incremental, push-based Server-Sent Events decoder for one stream. Feed it the body's byte chunks in order
 * and call {@link #finish} at end of stream; complete events go to the sink as they are recognised.
 *
 * <p>Follows the SDKs' reading of the WHATWG rules: lines end at {@code \n}, {@code \r} or {@code \r\n} (also
 * when a chunk ends between the two); a leading BOM is skipped; {@code :} starts a comment; a field's value
 * loses one leading space; {@code data} lines are concatenated without separators; {@code id} persists across
 * events and is ignored when it contains NUL; {@code retry} must be decimal digits; unknown fields are ignored;
 * an empty line dispatches the event. It works on bytes and decodes UTF-8 once per field, so characters split
 * across chunks are safe.
 *
 * <p>One difference from the Python SDK: a block that set no field (such as the blank line after a
 * {@code : heartbeat} comment) dispatches nothing, even after an id was seen; Python emits an empty part there
 * and drops it one layer up.
 *
 * <p>The data of an event reaches the {@link Sink} without a copy when it can: a single {@code data} line is
 * handed over as a slice of the chunk (or of the buffer that joined a line split across chunks), so a payload is
 * copied at most once between the socket buffer and the JSON parser.
 *
 * <p>Not thread-safe. After it throws, the stream is broken and the decoder must not be used again.
 */
public final class SseDecoder {

    /** Receives events as the decoder completes them, without copying their data. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Handles one event.
         *
         * @param event the {@code event} field, or null when the event had none
         * @param data the array holding the event's data (the {@code data} lines concatenated without
         *     separators); valid only during this call, and must not be modified; null when the event had no data
         * @param offset where the data starts in {@code data}
         * @param length the data's length in bytes (0 when {@code data} is null)
         * @param id the last event id seen on the stream so far, or null
         * @param retry the {@code retry} field of this event in milliseconds, or null
         */
        void onEvent(String event, byte[] data, int offset, int length, String id, Integer retry);
    }

    private static final byte LF = '\n';
    private static final byte CR = '\r';
    private static final byte COLON = ':';
    private static final byte SPACE = ' ';
    private static final byte[] DATA = ascii("data");
    private static final byte[] EVENT = ascii("event");
    private static final byte[] ID = ascii("id");
    private static final byte[] RETRY = ascii("retry");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final int INITIAL_BUFFER = 256;
    /** Buffers grown past this by one big event are dropped afterwards, so a stream keeps no peak memory. */
    private static final int RETAINED_BUFFER_LIMIT = 64 * 1024;
    private static final int DIRECT_COPY_CHUNK = 8 * 1024;
    /** Reads 8 bytes at a time from a byte array, so line ends are found a word at a time. */
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** 14 in every byte: bytes below it are control characters, CR (13) and LF (10) among them. */
    private static final long BELOW_14 = ONES * 14;
    private static final int MAX_CACHED_EVENT_NAME = 128;

    private final int maxEventBytes;

    // The start of a line whose end has not arrived yet.
    private byte[] pendingLine = new byte[INITIAL_BUFFER];
    private int pendingLineLength;
    private boolean skipLfAtNextChunk;
    private boolean atStreamStart = true;

    // The event being assembled. Its data lies in dataSource[dataOffset, dataOffset + dataLength): either the
    // decoder's own buffer (data) or, until the next chunk or line overwrites it, a slice of the caller's chunk or
    // of pendingLine.
    private String eventName;
    private byte[] data = new byte[INITIAL_BUFFER];
    private byte[] dataSource = data;
    private int dataOffset;
    private int dataLength;
    private Integer retry;
    private boolean idInEvent;
    private String lastEventId;

    // Streams repeat a handful of event names: reusing the String saves an allocation per event.
    private byte[] cachedNameBytes = new byte[0];
    private String cachedName;

    private byte[] copyBuffer;

    /**
     * Creates a decoder for one stream.
     *
     * @param maxEventBytes the largest line, and the largest concatenated data of one event, in bytes
     * @throws IllegalArgumentException if the limit is not positive
     */
    public SseDecoder(int maxEventBytes) {
        if (maxEventBytes <= 0) {
            throw new IllegalArgumentException("maxEventBytes must be positive: " + maxEventBytes);
        }
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * Decodes the next chunk of the stream, passing each event completed by it to the sink without copying its
     * data. Consumes the chunk: its position ends at its limit.
     *
     * @param chunk the next bytes of the stream
     * @param sink receives the completed events, in order
     * @throws ApiResponseValidationException if a line or an event's data exceeds the size limit
     */
    public void feed(ByteBuffer chunk, Sink sink) {
        if (chunk.hasArray()) {
            int start = chunk.arrayOffset() + chunk.position();
            int length = chunk.remaining();
            chunk.position(chunk.limit());
            scan(chunk.array(), start, length, sink);
            return;
        }
        // Direct or read-only buffers: scan a reused heap copy, piece by piece.
        if (copyBuffer == null) {
            copyBuffer = new byte[DIRECT_COPY_CHUNK];
        }
        while (chunk.hasRemaining()) {
            int n = Math.min(copyBuffer.length, chunk.remaining());
            chunk.get(copyBuffer, 0, n);
            scan(copyBuffer, 0, n, sink);
        }
    }

    /**
     * Ends the stream: decodes a last line that had no line ending and dispatches the event in progress, as the
     * Python SDK does, passing it to the sink without copying its data. Calling it again does nothing.
     *
     * @param sink receives the last event, if any
     * @throws ApiResponseValidationException if the last line exceeds the size limit
     */
    public void finish(Sink sink) {
        skipLfAtNextChunk = false;
        if (pendingLineLength > 0) {
            int length = pendingLineLength;
            pendingLineLength = 0;
            processLine(pendingLine, 0, length, sink);
        }
        dispatch(sink);
    }

    /**
     * The last event id seen, which a reconnect sends as {@code Last-Event-ID}.
     *
     * @return the id, or null when none was set (or the last {@code id} field was empty)
     */
    public String lastEventId() {
        return lastEventId;
    }

    private void scan(byte[] buf, int offset, int length, Sink sink) {
        int end = offset + length;
        int i = offset;
        if (skipLfAtNextChunk && i < end) {
            // The previous chunk ended with CR: an LF here completes that CRLF, not a new empty line.
            skipLfAtNextChunk = false;
            if (buf[i] == LF) {
                i++;
            }
        }
        while (i < end) {
            int eol = lineEnd(buf, i, end);
            if (eol == end) {
                break;
            }
            completeLine(buf, i, eol - i, sink);
            i = eol + 1;
            if (buf[eol] == CR) {
                if (i == end) {
                    skipLfAtNextChunk = true;
                } else if (buf[i] == LF) {
                    i++;
                }
            }
        }
        // The caller may reuse the chunk's array once this returns: keep what the event still points into.
        if (dataSource == buf) {
            ownData();
        }
        appendToPendingLine(buf, i, end - i);
    }

    /**
     * The index of the first CR or LF at or after {@code from}, or {@code end}. Tests eight bytes per step for any
     * byte below 14 (a word-wide "less than" test; the lowest flagged byte is always a true one), and only in a
     * word that has one looks for CR or LF byte by byte: JSON payloads have no control characters, so that is
     * almost always the line end itself.
     */
    private static int lineEnd(byte[] buf, int from, int end) {
        int i = from;
        for (int last = end - Long.BYTES; i <= last; i += Long.BYTES) {
            long word = (long) WORDS.get(buf, i);
            long control = (word - BELOW_14) & ~word & HIGHS;
            if (control != 0) {
                for (int j = i + (Long.numberOfTrailingZeros(control) >>> 3); j < i + Long.BYTES; j++) {
                    if (buf[j] == LF || buf[j] == CR) {
                        return j;
                    }
                }
            }
        }
        for (; i < end; i++) {
            byte b = buf[i];
            if (b == LF || b == CR) {
                return i;
            }
        }
        return end;
    }

    private void completeLine(byte[] buf, int start, int length, Sink sink) {
        if (pendingLineLength == 0) {
            processLine(buf, start, length, sink);
            return;
        }
        appendToPendingLine(buf, start, length);
        int total = pendingLineLength;
        pendingLineLength = 0;
        processLine(pendingLine, 0, total, sink);
        if (dataSource == pendingLine) {
            // The event's data is this joined line: take the buffer over instead of copying out of it.
            byte[] joined = pendingLine;
            pendingLine = data.length > RETAINED_BUFFER_LIMIT ? new byte[INITIAL_BUFFER] : data;
            data = joined;
        } else if (pendingLine.length > RETAINED_BUFFER_LIMIT) {
            pendingLine = new byte[INITIAL_BUFFER];
        }
    }

    private void appendToPendingLine(byte[] buf, int start, int length) {
        if (length == 0) {
            return;
        }
        int needed = pendingLineLength + length;
        if (needed > maxEventBytes) {
            throw lineTooLong();
        }
        pendingLine = ensureCapacity(pendingLine, needed);
        System.arraycopy(buf, start, pendingLine, pendingLineLength, length);
        pendingLineLength = needed;
    }

    private void processLine(byte[] buf, int start, int length, Sink sink) {
        if (length > maxEventBytes) {
            throw lineTooLong();
        }
        if (atStreamStart) {
            atStreamStart = false;
            if (startsWith(buf, start, length, BOM)) {
                start += BOM.length;
                length -= BOM.length;
            }
        }
        if (length == 0) {
            dispatch(sink);
            return;
        }
        if (buf[start] == COLON) {
            return; // comment, such as a ": heartbeat" keep-alive
        }
        int end = start + length;
        int colon = indexOf(buf, start, end, COLON);
        // Without a colon the whole line is the field name and the value is empty (WHATWG).
        int nameLength = (colon < 0 ? end : colon) - start;
        int valueStart = colon < 0 ? end : colon + 1;
        if (valueStart < end && buf[valueStart] == SPACE) {
            valueStart++;
        }
        int valueLength = end - valueStart;
        if (isField(buf, start, nameLength, DATA)) {
            appendData(buf, valueStart, valueLength);
        } else if (isField(buf, start, nameLength, EVENT)) {
            eventName = valueLength == 0 ? null : eventName(buf, valueStart, valueLength);
        } else if (isField(buf, start, nameLength, ID)) {
            setId(buf, valueStart, valueLength);
        } else if (isField(buf, start, nameLength, RETRY)) {
            parseRetry(buf, valueStart, valueLength);
        }
        // Any other field is ignored.
    }

    private void appendData(byte[] buf, int start, int length) {
        int needed = dataLength + length;
        if (needed > maxEventBytes) {
            throw new ApiResponseValidationException("SSE event data exceeds the limit of " + maxEventBytes
                    + " bytes; the stream is malformed or the event size limit is too small");
        }
        if (dataLength == 0) {
            // The common case, one data line per event: point at it, copy later only if it must outlive its buffer.
            dataSource = buf;
            dataOffset = start;
            dataLength = length;
            return;
        }
        ownData();
        data = ensureCapacity(data, needed);
        System.arraycopy(buf, start, data, dataLength, length);
        dataLength = needed;
        dataSource = data;
    }

    /** Moves the event's data into the decoder's own buffer, at offset 0. */
    private void ownData() {
        if (dataSource == data && dataOffset == 0) {
            return;
        }
        if (dataSource != data) {
            data = ensureCapacity(data, dataLength);
        }
        System.arraycopy(dataSource, dataOffset, data, 0, dataLength);
        dataSource = data;
        dataOffset = 0;
    }

    private void setId(byte[] buf, int start, int length) {
        if (indexOf(buf, start, start + length, (byte) 0) >= 0) {
            return; // WHATWG: an id containing NUL is ignored, so it can never end up in a Last-Event-ID header
        }
        // An empty id resets it: no Last-Event-ID is sent afterwards, as Python's "id or None".
        lastEventId = length == 0 ? null : new String(buf, start, length, StandardCharsets.UTF_8);
        idInEvent = true;
    }

    private void parseRetry(byte[] buf, int start, int length) {
        if (length == 0 || length > 10) {
            return;
        }
        long value = 0;
        for (int i = start; i < start + length; i++) {
            int digit = buf[i] - '0';
            if (digit < 0 || digit > 9) {
                return; // WHATWG: only ASCII digits; anything else leaves retry untouched
            }
            value = value * 10 + digit;
        }
        if (value <= Integer.MAX_VALUE) {
            retry = (int) value;
        }
    }

    private String eventName(byte[] buf, int start, int length) {
        if (cachedName != null && isField(buf, start, length, cachedNameBytes)) {
            return cachedName;
        }
        String name = new String(buf, start, length, StandardCharsets.UTF_8);
        if (length <= MAX_CACHED_EVENT_NAME) {
            cachedNameBytes = Arrays.copyOfRange(buf, start, start + length);
            cachedName = name;
        }
        return name;
    }

    private void dispatch(Sink sink) {
        if (eventName == null && dataLength == 0 && retry == null && !idInEvent) {
            return;
        }
        String name = eventName;
        byte[] source = dataLength == 0 ? null : dataSource;
        int offset = dataOffset;
        int length = dataLength;
        Integer eventRetry = retry;
        // Reset before calling out, so the decoder stays consistent whatever the sink does. The data stays where
        // it is until the next line is read, which cannot happen during the call.
        eventName = null;
        dataLength = 0;
        dataOffset = 0;
        retry = null;
        idInEvent = false;
        if (data.length > RETAINED_BUFFER_LIMIT) {
            data = new byte[INITIAL_BUFFER];
        }
        dataSource = data;
        sink.onEvent(name, source, offset, length, lastEventId, eventRetry);
    }

    private ApiResponseValidationException lineTooLong() {
        return new ApiResponseValidationException("SSE line exceeds the limit of " + maxEventBytes
                + " bytes; the stream is malformed or the event size limit is too small");
    }

    private byte[] ensureCapacity(byte[] buffer, int needed) {
        if (needed <= buffer.length) {
            return buffer;
        }
        int grown = (int) Math.min(Math.max((long) buffer.length * 2, needed), maxEventBytes);
        return Arrays.copyOf(buffer, grown);
    }

    /** Whether a range holds exactly {@code name}; a plain loop, cheaper than a range compare for a few bytes. */
    private static boolean isField(byte[] buf, int start, int length, byte[] name) {
        if (length != name.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] buf, int start, int length, byte[] prefix) {
        return length >= prefix.length && Arrays.equals(buf, start, start + prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] buf, int start, int end, byte value) {
        for (int i = start; i < end; i++) {
            if (buf[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
