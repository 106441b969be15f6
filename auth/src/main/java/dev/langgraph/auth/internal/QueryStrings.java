package dev.langgraph.auth.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Percent-decoding for query strings and path segments, strict: a malformed escape or invalid UTF-8 is an error
 * rather than a guess, so the engine never reads a value differently from the server behind it.
 */
public final class QueryStrings {

    private QueryStrings() {
    }

    /**
     * Parses {@code a=1&b=x%20y&a=2} as Python's {@code parse_qsl(keep_blank_values=True)} does: pairs split on
     * {@code &}, {@code +} is a space, a name without {@code =} has the value {@code ""}, empty pairs are skipped.
     *
     * @param raw the raw query string, without {@code ?}; null or empty for none
     * @return the parameters in order, each with its values in order; empty if malformed
     */
    public static Optional<Map<String, List<String>>> parse(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return Optional.of(params);
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            Optional<String> name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            Optional<String> value = decode(eq < 0 ? "" : pair.substring(eq + 1), true);
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            params.computeIfAbsent(name.get(), k -> new ArrayList<>()).add(value.get());
        }
        return Optional.of(params);
    }

    /**
     * Percent-decodes a string as UTF-8.
     *
     * @param s the encoded string
     * @param plusIsSpace whether {@code +} means a space (query strings) or itself (paths)
     * @return the decoded string; empty if an escape is malformed or the bytes are not UTF-8
     */
    public static Optional<String> decode(String s, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isSurrogate(c)) {
                    return Optional.empty(); // raw input is expected to be ASCII; refuse to guess
                }
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
