package dev.langgraph.client.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON document from a streaming parser into the codec's plain types: insertion-ordered maps, array
 * lists, strings, booleans, numbers as Jackson types them ({@code Integer}, {@code Long}, {@code BigInteger},
 * {@code Double}) and null. Recursion is bounded by the parser's nesting limit ({@code StreamReadConstraints}).
 */
final class PlainValues {

    private PlainValues() {
    }

    /**
     * Reads the whole input as exactly one value.
     *
     * @param parser a parser positioned before the document
     * @return the value
     * @throws IOException if the input is empty, not JSON, or has content after the value
     */
    static Object readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonParseException(parser, "No content: the input is empty");
        }
        Object value = read(parser, first);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "Unexpected content after the JSON value");
        }
        return value;
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "Unexpected end of input");
        }
        switch (token.id()) {
            case JsonTokenId.ID_START_OBJECT:
                return readObject(parser);
            case JsonTokenId.ID_START_ARRAY:
                return readArray(parser);
            case JsonTokenId.ID_STRING:
                return parser.getText();
            case JsonTokenId.ID_NUMBER_INT:
            case JsonTokenId.ID_NUMBER_FLOAT:
                return parser.getNumberValue();
            case JsonTokenId.ID_TRUE:
                return Boolean.TRUE;
            case JsonTokenId.ID_FALSE:
                return Boolean.FALSE;
            case JsonTokenId.ID_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        String name;
        while ((name = parser.nextFieldName()) != null) {
            map.put(name, read(parser, parser.nextToken()));
        }
        return map;
    }

    private static List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            list.add(read(parser, token));
        }
        return list;
    }
}
