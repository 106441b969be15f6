package dev.langgraph.auth.servlet.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.langgraph.auth.AuthRequest;
import dev.langgraph.auth.Authenticator;
import dev.langgraph.auth.HTTPException;
import dev.langgraph.auth.User;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates requests by a JWT bearer token, verified with Nimbus JOSE+JWT: plug it into
 * {@code Auth.builder().authenticate(jwt)} (or call {@link #verify(String)} from an {@code @Authenticate} method).
 *
 * <pre>{@code
 * NimbusJwtAuthenticator jwt = NimbusJwtAuthenticator.builder()
 *     .jwksUrl(URI.create("https://issuer.example/.well-known/jwks.json"))
 *     .issuer("https://issuer.example/")
 *     .audience("langgraph")
 *     .build();
 * Auth auth = Auth.builder().authenticate(jwt).on(...).build();
 * }</pre>
 *
 * <p>Checks: the signature, by keys from a JWKS URL (cached, refreshed once when a token names an unknown
 * {@code kid}, refreshes rate-limited, with connect and read timeouts) or given keys; the algorithm against an
 * allow-list (default {@code RS256}, {@code ES256}; {@code none} never; HMAC only with a secret given explicitly,
 * so a token "signed" with the public key as HMAC secret fails); {@code typ} ({@code JWT} or absent unless other
 * types are required); {@code iss} exactly; {@code aud}; {@code exp} (required) and {@code nbf} with a bounded clock
 * skew (default 60 s, at most 5 min); the token's size. The user's identity is a claim ({@code sub}), their
 * permissions come from {@code scope} (space-separated) and {@code permissions} (array), and every claim is the
 * user's {@code claims} attribute.
 *
 * <p>Every failure throws {@link HTTPException} 401 {@code "Invalid token"} with
 * {@code WWW-Authenticate: Bearer error="invalid_token"} and nothing else: no reason, no cause, whatever went wrong
 * (bad signature, expiry, an unreachable or slow JWKS endpoint...); the reason is logged at debug level. A request
 * without a bearer token gets 401 {@code "Missing bearer token"} with {@code WWW-Authenticate: Bearer} (RFC 6750:
 * no error code when no credentials were sent). Thread-safe.
 */
public final class NimbusJwtAuthenticator implements Authenticator {

    /** The default allowed clock skew for {@code exp} and {@code nbf}. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    /** The largest clock skew the builder accepts. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** The default largest token, in characters. */
    public static final int DEFAULT_MAX_TOKEN_LENGTH = 8192;

    private static final Logger LOG = LoggerFactory.getLogger(NimbusJwtAuthenticator.class);
    private static final Map<String, String> INVALID_TOKEN =
            Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    private static final Pattern B64_TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final Set<JWSAlgorithm> HMAC = JWSAlgorithm.Family.HMAC_SHA;

    private final ConfigurableJWTProcessor<SecurityContext> processor;
    private final ClaimMapping mapping;
    private final int maxTokenLength;

    private NimbusJwtAuthenticator(ConfigurableJWTProcessor<SecurityContext> processor, ClaimMapping mapping,
            int maxTokenLength) {
        this.processor = processor;
        this.mapping = mapping;
        this.maxTokenLength = maxTokenLength;
    }

    /**
     * Starts configuring an authenticator.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Authenticates a request by its {@code Authorization: Bearer <token>} header.
     *
     * @param request the request
     * @return the token's user
     * @throws HTTPException 401 when the header is missing, is not a bearer token, or the token is invalid
     */
    @Override
    public User authenticate(AuthRequest request) {
        String header = request.authorization().orElse(null);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new HTTPException(401, "Missing bearer token", Map.of("WWW-Authenticate", "Bearer"));
        }
        return verify(header.substring(7).trim());
    }

    /**
     * Verifies a token.
     *
     * @param token the compact JWT
     * @return its user
     * @throws HTTPException 401 {@code "Invalid token"} with {@code WWW-Authenticate: Bearer error="invalid_token"}
     *     for any invalid token, whatever the reason
     */
    public User verify(String token) {
        if (token == null || token.length() > maxTokenLength || !B64_TOKEN.matcher(token).matches()) {
            throw invalid("malformed or oversize token", null);
        }
        try {
            return mapping.user(processor.process(token, null));
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw invalid(e.getClass().getSimpleName(), e);
        }
    }

    private static HTTPException invalid(String reason, Exception cause) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("JWT refused: {}{}", reason, cause == null ? "" : ": " + cause.getMessage());
        }
        return new HTTPException(401, "Invalid token", INVALID_TOKEN);
    }

    @Override
    public String toString() {
        return "NimbusJwtAuthenticator[identity=" + mapping.identityClaim() + "]";
    }

    /** Configures a {@link NimbusJwtAuthenticator}; every mistake fails in {@link #build()}. */
    public static final class Builder {

        private URL jwksUrl;
        private JWKSet keys;
        private byte[] hmacSecret;
        private Duration connectTimeout = Duration.ofSeconds(1);
        private Duration readTimeout = Duration.ofSeconds(1);
        private Duration cacheTtl = Duration.ofMinutes(5);
        private Duration refreshMinInterval = Duration.ofSeconds(30);
        private Set<JWSAlgorithm> algorithms;
        private Set<JOSEObjectType> types;
        private String issuer;
        private Set<String> audiences;
        private boolean anyAudience;
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private int maxTokenLength = DEFAULT_MAX_TOKEN_LENGTH;
        private String identityClaim = "sub";
        private List<String> permissionClaims = List.of("scope", "permissions");
        private final Set<String> requiredClaims = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Verifies signatures with the keys of a JWKS endpoint, fetched on first use and cached; a token naming a
         * {@code kid} the cache lacks triggers one refresh (refreshes are rate-limited, see
         * {@link #jwksRefreshMinInterval}).
         *
         * @param url the JWKS URL (https in production)
         * @return this builder
         * @throws IllegalArgumentException if the URI is not a valid URL
         */
        public Builder jwksUrl(URI url) {
            try {
                this.jwksUrl = Objects.requireNonNull(url, "url").toURL();
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalArgumentException("Not a valid JWKS URL: " + url, e);
            }
            return this;
        }

        /**
         * The timeouts of one JWKS fetch (default 1 s each); a slow endpoint then fails the token with 401 rather
         * than hold the request.
         *
         * @param connect the connect timeout
         * @param read the read timeout
         * @return this builder
         * @throws IllegalArgumentException if a timeout is not positive
         */
        public Builder jwksTimeouts(Duration connect, Duration read) {
            this.connectTimeout = positive(connect, "connect timeout");
            this.readTimeout = positive(read, "read timeout");
            return this;
        }

        /**
         * How long fetched keys are used before they are fetched again (default 5 min).
         *
         * @param ttl the time to live
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder jwksCacheTtl(Duration ttl) {
            this.cacheTtl = positive(ttl, "cache TTL");
            return this;
        }

        /**
         * The rate limit of JWKS fetches: at most two per interval (default 30 s), so tokens with made-up
         * {@code kid}s cannot make the authenticator hammer the endpoint. Must be shorter than the cache TTL.
         *
         * @param interval the interval
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder jwksRefreshMinInterval(Duration interval) {
            this.refreshMinInterval = positive(interval, "refresh interval");
            return this;
        }

        /**
         * Verifies signatures with given public keys instead of a JWKS URL.
         *
         * @param keys the keys (private parts, if any, are not used)
         * @return this builder
         * @throws NullPointerException if null
         */
        public Builder keys(JWKSet keys) {
            this.keys = Objects.requireNonNull(keys, "keys").toPublicJWKSet();
            return this;
        }

        /**
         * Accepts HMAC-signed tokens ({@code HS256} unless {@link #algorithms} says otherwise) verified with this
         * shared secret. Never inferred: without it, no HMAC token is accepted.
         *
         * @param secret the secret, at least 32 bytes; copied
         * @return this builder
         * @throws IllegalArgumentException if shorter than 32 bytes
         */
        public Builder hmacSecret(byte[] secret) {
            if (Objects.requireNonNull(secret, "secret").length < 32) {
                throw new IllegalArgumentException("An HMAC secret must have at least 256 bits");
            }
            this.hmacSecret = secret.clone();
            return this;
        }

        /**
         * The allowed algorithms (default: {@code RS256} and {@code ES256} with keys or a JWKS URL, {@code HS256}
         * with a secret).
         *
         * @param allowed the algorithms
         * @return this builder
         * @throws IllegalArgumentException if empty or one is {@code none}
         */
        public Builder algorithms(JWSAlgorithm... allowed) {
            Set<JWSAlgorithm> set = new LinkedHashSet<>(Arrays.asList(allowed));
            if (set.isEmpty() || set.stream().anyMatch(a -> a.getName().equalsIgnoreCase("none"))) {
                throw new IllegalArgumentException("Give at least one algorithm, and never 'none'");
            }
            this.algorithms = set;
            return this;
        }

        /**
         * Requires the {@code typ} header to be one of these (e.g. {@code "at+jwt"}); by default {@code JWT} or no
         * {@code typ} is accepted.
         *
         * @param required the types, compared ignoring case
         * @return this builder
         * @throws IllegalArgumentException if empty
         */
        public Builder types(String... required) {
            if (required.length == 0) {
                throw new IllegalArgumentException("Give at least one type");
            }
            this.types = Arrays.stream(required).map(JOSEObjectType::new).collect(Collectors.toSet());
            return this;
        }

        /**
         * The required issuer ({@code iss}, exact match). Required.
         *
         * @param issuer the issuer
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder issuer(String issuer) {
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalArgumentException("The issuer must not be blank");
            }
            this.issuer = issuer;
            return this;
        }

        /**
         * The accepted audiences: the token's {@code aud} must hold one. Required, unless {@link #anyAudience()}.
         *
         * @param accepted the audiences
         * @return this builder
         * @throws IllegalArgumentException if empty
         */
        public Builder audience(String... accepted) {
            if (accepted.length == 0) {
                throw new IllegalArgumentException("Give at least one audience");
            }
            this.audiences = Set.of(accepted);
            return this;
        }

        /**
         * Accepts tokens for any audience (not recommended: a token for another service would then be accepted).
         *
         * @return this builder
         */
        public Builder anyAudience() {
            this.anyAudience = true;
            return this;
        }

        /**
         * The clock skew allowed on {@code exp} and {@code nbf} (default 60 s).
         *
         * @param skew from zero to {@link #MAX_CLOCK_SKEW}
         * @return this builder
         * @throws IllegalArgumentException if negative or larger than 5 minutes
         */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException("The clock skew must be within 0.." + MAX_CLOCK_SKEW + ": " + skew);
            }
            this.clockSkew = skew;
            return this;
        }

        /**
         * The largest token accepted (default 8192 characters); larger ones are refused before parsing.
         *
         * @param chars the limit
         * @return this builder
         * @throws IllegalArgumentException if below 16
         */
        public Builder maxTokenLength(int chars) {
            if (chars < 16) {
                throw new IllegalArgumentException("The token limit must be at least 16: " + chars);
            }
            this.maxTokenLength = chars;
            return this;
        }

        /**
         * The claim holding the user's identity (default {@code sub}); required in every token.
         *
         * @param claim the claim name
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder identityClaim(String claim) {
            if (claim == null || claim.isBlank()) {
                throw new IllegalArgumentException("The identity claim must not be blank");
            }
            this.identityClaim = claim;
            return this;
        }

        /**
         * The claims holding permissions (default {@code scope}, {@code permissions}): each a space-separated string
         * or an array of strings; their union is the user's permissions.
         *
         * @param claims the claim names, possibly none
         * @return this builder
         */
        public Builder permissionClaims(String... claims) {
            this.permissionClaims = List.of(claims);
            return this;
        }

        /**
         * More claims every token must have (besides {@code exp}, {@code iss}, the identity claim and {@code aud}).
         *
         * @param claims the claim names
         * @return this builder
         */
        public Builder requiredClaims(String... claims) {
            requiredClaims.addAll(List.of(claims));
            return this;
        }

        /**
         * Builds the authenticator.
         *
         * @return the authenticator
         * @throws IllegalStateException if no issuer, no audience (without {@link #anyAudience()}), no key source,
         *     both a JWKS URL and keys, an allowed algorithm without a key for it, or a secret no allowed algorithm
         *     uses
         */
        public NimbusJwtAuthenticator build() {
            if (issuer == null) {
                throw new IllegalStateException("Set the issuer");
            }
            if (audiences == null && !anyAudience) {
                throw new IllegalStateException("Set the audience, or accept any with anyAudience()");
            }
            if (jwksUrl != null && keys != null) {
                throw new IllegalStateException("Give either a JWKS URL or keys, not both");
            }
            boolean publicKeys = jwksUrl != null || keys != null;
            Set<JWSAlgorithm> allowed = algorithms != null ? algorithms : defaultAlgorithms(publicKeys);
            Set<JWSAlgorithm> hmac = allowed.stream().filter(HMAC::contains).collect(Collectors.toSet());
            Set<JWSAlgorithm> asymmetric = new HashSet<>(allowed);
            asymmetric.removeAll(hmac);
            if (allowed.isEmpty()) {
                throw new IllegalStateException("Give a JWKS URL, keys or an HMAC secret");
            }
            if (!hmac.isEmpty() && hmacSecret == null) {
                throw new IllegalStateException("HMAC algorithms " + hmac + " need hmacSecret(...)");
            }
            if (hmac.isEmpty() && hmacSecret != null) {
                throw new IllegalStateException("An HMAC secret was given but no HMAC algorithm is allowed");
            }
            if (!asymmetric.isEmpty() && !publicKeys) {
                throw new IllegalStateException("Algorithms " + asymmetric + " need jwksUrl(...) or keys(...)");
            }
            if (jwksUrl != null && refreshMinInterval.compareTo(cacheTtl) >= 0) {
                throw new IllegalStateException("The JWKS refresh interval must be shorter than the cache TTL");
            }
            ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSTypeVerifier(types == null
                    ? new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null)
                    : new DefaultJOSEObjectTypeVerifier<>(types));
            processor.setJWSKeySelector(selector(hmac, asymmetric));
            processor.setJWTClaimsSetVerifier(claimsVerifier());
            return new NimbusJwtAuthenticator(processor, new ClaimMapping(identityClaim, permissionClaims),
                    maxTokenLength);
        }

        private Set<JWSAlgorithm> defaultAlgorithms(boolean publicKeys) {
            Set<JWSAlgorithm> set = new LinkedHashSet<>();
            if (publicKeys) {
                set.add(JWSAlgorithm.RS256);
                set.add(JWSAlgorithm.ES256);
            }
            if (hmacSecret != null) {
                set.add(JWSAlgorithm.HS256);
            }
            return set;
        }

        /** HMAC tokens are verified only with the secret, others only with the public keys: never crossed. */
        private JWSKeySelector<SecurityContext> selector(Set<JWSAlgorithm> hmac, Set<JWSAlgorithm> asymmetric) {
            JWSKeySelector<SecurityContext> secret = hmac.isEmpty() ? null
                    : new JWSVerificationKeySelector<>(hmac, new ImmutableSecret<>(hmacSecret));
            JWSKeySelector<SecurityContext> publicKeys = asymmetric.isEmpty() ? null
                    : new JWSVerificationKeySelector<>(asymmetric, keySource());
            return (header, context) -> {
                JWSKeySelector<SecurityContext> chosen = HMAC.contains(header.getAlgorithm()) ? secret : publicKeys;
                return chosen == null ? List.of() : chosen.selectJWSKeys(header, context);
            };
        }

        private JWKSource<SecurityContext> keySource() {
            if (keys != null) {
                return new ImmutableJWKSet<>(keys);
            }
            DefaultResourceRetriever retriever = new DefaultResourceRetriever((int) connectTimeout.toMillis(),
                    (int) readTimeout.toMillis(), JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
            return JWKSourceBuilder.<SecurityContext>create(jwksUrl, retriever)
                    .cache(cacheTtl.toMillis(), connectTimeout.plus(readTimeout).toMillis())
                    .refreshAheadCache(false)
                    .rateLimited(refreshMinInterval.toMillis())
                    .retrying(false)
                    .build();
        }

        private DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier() {
            Set<String> required = new LinkedHashSet<>(List.of("exp", "iss", identityClaim));
            required.addAll(requiredClaims);
            DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(
                    anyAudience ? null : audiences, new JWTClaimsSet.Builder().issuer(issuer).build(), required,
                    null);
            verifier.setMaxClockSkew((int) clockSkew.toSeconds());
            return verifier;
        }

        private static Duration positive(Duration d, String what) {
            if (Objects.requireNonNull(d, what).isNegative() || d.isZero()) {
                throw new IllegalArgumentException("The " + what + " must be positive: " + d);
            }
            return d;
        }
    }
}
