package dev.langgraph.auth.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The JSON type a value field may hold; {@code null} is accepted by every type (the field is absent). */
enum JsonType {
    ANY, STRING, OBJECT, STRING_ARRAY, INTEGER, NUMBER, BOOLEAN;

    boolean accepts(Object v) {
        if (v == null) {
            return true;
        }
        switch (this) {
            case ANY:
                return true;
            case STRING:
                return v instanceof String;
            case OBJECT:
                return v instanceof Map;
            case STRING_ARRAY:
                return v instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            case INTEGER:
                return isInt(v);
            case NUMBER:
                return v instanceof Number;
            case BOOLEAN:
                return v instanceof Boolean;
            default:
                throw new AssertionError(this);
        }
    }

    /** JSON parsers give integers as Integer, Long or BigInteger, and sometimes as 10.0: all fine if integral. */
    private static boolean isInt(Object v) {
        if (!(v instanceof Number n)) {
            return false;
        }
        try {
            BigDecimal exact = n instanceof BigDecimal bd ? bd
                    : n instanceof BigInteger bi ? new BigDecimal(bi)
                    : (n instanceof Double || n instanceof Float) ? BigDecimal.valueOf(n.doubleValue())
                    : BigDecimal.valueOf(n.longValue());
            exact.intValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
