package dev.langgraph.interop;

/**
 * Bearer tokens understood by the {@link ServerConfig#AUTH} server ({@code server/auth/auth.ts}).
 *
 * <ul>
 *   <li>{@link #ALICE}: identity {@code alice}, permissions {@code threads:write}, {@code assistants:write},
 *       {@code store}.</li>
 *   <li>{@link #BOB}: identity {@code bob}, permission {@code threads:write} only.</li>
 * </ul>
 *
 * Any other token, scheme or a missing header gives 401 with {@code www-authenticate: Bearer}.
 */
public final class AuthTokens {

    /** Token of user {@code alice} (threads, assistants and store access). */
    public static final String ALICE = "alice-token";

    /** Token of user {@code bob} (threads only: assistant writes and the store answer 403). */
    public static final String BOB = "bob-token";

    private AuthTokens() {
    }

    /**
     * The {@code Authorization} header value for a token.
     *
     * @param token one of the constants of this class (or any other string, to provoke a 401)
     * @return {@code "Bearer " + token}
     */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
