package dev.langgraph.client.errors;

import java.util.Map;

/**
 * An error reported by, or about, the LangGraph API. Carries the decoded response body when there is one, and
 * the {@code code}, {@code param} and {@code type} strings that some servers put in a JSON error object.
 */
public class ApiException extends LangGraphException {

    private static final long serialVersionUID = 1L;

    /** Plain JSON values are not all serialisable, so the body does not survive serialisation. */
    private final transient Object body;
    private final String code;
    private final String param;
    private final String type;

    /**
     * Creates the exception without a body.
     *
     * @param message what failed
     */
    public ApiException(String message) {
        this(message, null, null);
    }

    /**
     * Creates the exception without a body.
     *
     * @param message what failed
     * @param cause the underlying exception, may be null
     */
    public ApiException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * Creates the exception. When the body is a JSON object, its string members {@code code}, {@code param}
     * and {@code type} become {@link #code()}, {@link #param()} and {@link #type()}.
     *
     * @param message what failed
     * @param body the decoded body (plain Java types or text), may be null
     * @param cause the underlying exception, may be null
     */
    public ApiException(String message, Object body, Throwable cause) {
        super(message, cause);
        this.body = body;
        this.code = stringMember(body, "code");
        this.param = stringMember(body, "param");
        this.type = stringMember(body, "type");
    }

    /**
     * The decoded body: JSON as plain Java types ({@code Map}, {@code List}, {@code String}, {@code Number},
     * {@code Boolean}), else the body text, else null. Null after deserialisation.
     *
     * @return the body, may be null
     */
    public Object body() {
        return body;
    }

    /**
     * The {@code code} member of a JSON object body.
     *
     * @return the code, or null when the body has no string {@code code}
     */
    public String code() {
        return code;
    }

    /**
     * The {@code param} member of a JSON object body.
     *
     * @return the parameter name, or null when the body has no string {@code param}
     */
    public String param() {
        return param;
    }

    /**
     * The {@code type} member of a JSON object body.
     *
     * @return the error type, or null when the body has no string {@code type}
     */
    public String type() {
        return type;
    }

    private static String stringMember(Object body, String name) {
        return body instanceof Map<?, ?> map && map.get(name) instanceof String value ? value : null;
    }
}
