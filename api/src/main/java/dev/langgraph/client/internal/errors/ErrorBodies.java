package dev.langgraph.client.internal.errors;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading error bodies: content-type checks, charset-aware decoding with a size cap, and shortening text. */
final class ErrorBodies {

    /** Keeps exceptions small even when a proxy returns megabytes. */
    static final int MAX_BODY_TEXT_BYTES = 64 * 1024;
    /** Longest server text quoted in an exception message. */
    static final int MAX_DETAIL_CHARS = 2000;

    private ErrorBodies() {
    }

    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean isJsonMediaType(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** JSON errors are objects or arrays; a text body is never parsed on a guess beyond that. */
    static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    static boolean looksLikeHtml(String mediaType, String text) {
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            return true;
        }
        String start = text.stripLeading();
        return start.regionMatches(true, 0, "<!doctype html", 0, 14) || start.regionMatches(true, 0, "<html", 0, 5);
    }

    /** Decodes at most {@link #MAX_BODY_TEXT_BYTES}, replacing malformed bytes; never cuts a UTF-8 character. */
    static String decode(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return "";
        }
        Charset charset = charsetOf(contentType);
        int length = Math.min(body.length, MAX_BODY_TEXT_BYTES);
        if (length < body.length && charset.equals(StandardCharsets.UTF_8)) {
            while (length > 0 && (body[length] & 0xC0) == 0x80) {
                length--; // body[length] continues a character that started before the cut: cut before it
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return decoder.decode(ByteBuffer.wrap(body, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(body, 0, length, StandardCharsets.ISO_8859_1); // unreachable with REPLACE
        }
    }

    /** Shortens server text for use in a message, without splitting a surrogate pair. */
    static String cap(String text) {
        if (text.length() <= MAX_DETAIL_CHARS) {
            return text;
        }
        int end = MAX_DETAIL_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            for (String param : contentType.split(";")) {
                String p = param.trim();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").trim());
                    } catch (RuntimeException e) {
                        break; // unknown or illegal name: fall back to UTF-8, what JSON and the servers use
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
