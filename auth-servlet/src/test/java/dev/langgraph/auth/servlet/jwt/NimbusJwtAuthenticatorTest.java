package dev.langgraph.auth.servlet.jwt;

import static dev.langgraph.auth.servlet.jwt.Tokens.AUDIENCE;
import static dev.langgraph.auth.servlet.jwt.Tokens.ISSUER;
import static dev.langgraph.auth.servlet.jwt.Tokens.RSA;
import static dev.langgraph.auth.servlet.jwt.Tokens.claims;
import static dev.langgraph.auth.servlet.jwt.Tokens.rs256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.langgraph.auth.AuthRequest;
import dev.langgraph.auth.HTTPException;
import dev.langgraph.auth.User;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Valid tokens give their user; every attack and every failure of the key source is a plain 401. */
class NimbusJwtAuthenticatorTest {

    private static final Map<String, String> INVALID = Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    private JwksServer jwks;
    private NimbusJwtAuthenticator jwt;

    @BeforeEach
    void start() throws Exception {
        jwks = new JwksServer(new JWKSet(List.of(RSA, Tokens.EC)));
        jwt = builder().build();
    }

    @AfterEach
    void stop() {
        jwks.close();
    }

    private NimbusJwtAuthenticator.Builder builder() {
        return NimbusJwtAuthenticator.builder().jwksUrl(jwks.url()).issuer(ISSUER).audience(AUDIENCE);
    }

    private static void assertInvalid(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(HTTPException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.detail()).isEqualTo("Invalid token");
            assertThat(e.headers()).isEqualTo(INVALID);
            assertThat(e.getCause()).isNull();
        });
    }

    private static Date in(Duration d) {
        return Date.from(Instant.now().plus(d));
    }

    @Test
    void aValidTokenGivesItsUserWithPermissionsFromScopeAndPermissions() {
        User user = jwt.verify(rs256(claims().claim("permissions", List.of("assistants:write")).build()));

        assertThat(user.identity()).isEqualTo("alice");
        assertThat(user.permissions()).containsExactly("threads:write", "store", "assistants:write");
        assertThat(user.get("claims")).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsEntry("iss", ISSUER).containsEntry("sub", "alice");
    }

    @Test
    void es256IsAllowedByDefault() {
        String token = Tokens.sign(JWSAlgorithm.ES256, "ec-1", JOSEObjectType.JWT, claims().build(),
                Tokens.ecSigner(Tokens.EC));

        assertThat(jwt.verify(token).identity()).isEqualTo("alice");
    }

    @Test
    void theAuthenticatorReadsTheBearerHeader() {
        AuthRequest request = AuthRequest.builder("GET", "/threads/t1")
                .header("Authorization", "bearer " + rs256(claims().build())).build();

        assertThat(jwt.authenticate(request).identity()).isEqualTo("alice");
        assertThatThrownBy(() -> jwt.authenticate(AuthRequest.builder("GET", "/x").build()))
                .isInstanceOfSatisfying(HTTPException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.headers()).isEqualTo(Map.of("WWW-Authenticate", "Bearer"));
                });
        assertThatThrownBy(() -> jwt.authenticate(AuthRequest.builder("GET", "/x")
                .header("Authorization", "Basic YWxpY2U6eA==").build())).isInstanceOf(HTTPException.class);
    }

    @Test
    void algNoneIsRefused() {
        assertInvalid(() -> jwt.verify(Tokens.unsecured(claims().build())));
    }

    @Test
    void hs256SignedWithTheRsaPublicKeyIsRefused() throws Exception {
        String confused = Tokens.sign(JWSAlgorithm.HS256, RSA.getKeyID(), JOSEObjectType.JWT, claims().build(),
                new MACSigner(RSA.toRSAPublicKey().getEncoded()));
        NimbusJwtAuthenticator withSecret = builder().hmacSecret("a-shared-secret-of-32-bytes-long!".getBytes())
                .build();

        assertInvalid(() -> jwt.verify(confused));
        assertInvalid(() -> withSecret.verify(confused));
    }

    @Test
    void hs256WithTheGivenSecretIsAccepted() throws Exception {
        byte[] secret = "a-shared-secret-of-32-bytes-long!".getBytes();
        NimbusJwtAuthenticator hmacOnly = NimbusJwtAuthenticator.builder().hmacSecret(secret).issuer(ISSUER)
                .audience(AUDIENCE).build();

        String token = Tokens.sign(JWSAlgorithm.HS256, null, JOSEObjectType.JWT, claims().build(),
                new MACSigner(secret));

        assertThat(hmacOnly.verify(token).identity()).isEqualTo("alice");
        assertInvalid(() -> hmacOnly.verify(rs256(claims().build()))); // no public keys configured
    }

    @Test
    void expiredAndNotYetValidTokensAreRefusedBeyondTheClockSkew() {
        assertInvalid(() -> jwt.verify(rs256(claims().expirationTime(in(Duration.ofMinutes(-2))).build())));
        assertInvalid(() -> jwt.verify(rs256(claims().notBeforeTime(in(Duration.ofMinutes(2))).build())));
        assertInvalid(() -> jwt.verify(rs256(claims().expirationTime(null).build())));
        // within the default 60 s skew
        assertThat(jwt.verify(rs256(claims().expirationTime(in(Duration.ofSeconds(-20))).build())).identity())
                .isEqualTo("alice");
        assertThat(jwt.verify(rs256(claims().notBeforeTime(in(Duration.ofSeconds(20))).build())).identity())
                .isEqualTo("alice");
    }

    @Test
    void wrongIssuerOrAudienceIsRefused() {
        assertInvalid(() -> jwt.verify(rs256(claims().issuer("https://evil.test/").build())));
        assertInvalid(() -> jwt.verify(rs256(claims().issuer(null).build())));
        assertInvalid(() -> jwt.verify(rs256(claims().audience("another-service").build())));
        assertInvalid(() -> jwt.verify(rs256(claims().audience((String) null).build())));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = rs256(claims().build()).split("\\.");
        String forged = parts[0] + "." + Tokens.b64(claims().subject("admin").build().toString()) + "." + parts[2];

        assertInvalid(() -> jwt.verify(forged));
    }

    @Test
    void anUnknownKidRefreshesTheKeysOnceThenIsRefused() {
        RSAKey stranger = Tokens.generateRsa("rsa-unknown");
        String token = Tokens.sign(JWSAlgorithm.RS256, "rsa-unknown", JOSEObjectType.JWT, claims().build(),
                Tokens.rsaSigner(stranger));

        jwt.verify(rs256(claims().build()));
        assertThat(jwks.fetches).hasValue(1);
        assertInvalid(() -> jwt.verify(token));
        assertThat(jwks.fetches).hasValue(2);
        assertInvalid(() -> jwt.verify(token)); // rate-limited: no third fetch
        assertThat(jwks.fetches).hasValue(2);
    }

    @Test
    void aRotatedKeyIsPickedUpByTheRefresh() {
        jwt.verify(rs256(claims().build()));
        RSAKey next = Tokens.generateRsa("rsa-2");
        jwks.keys = new JWKSet(List.of(RSA, next));

        String token = Tokens.sign(JWSAlgorithm.RS256, "rsa-2", JOSEObjectType.JWT, claims().build(),
                Tokens.rsaSigner(next));

        assertThat(jwt.verify(token).identity()).isEqualTo("alice");
        assertThat(jwks.fetches).hasValue(2);
    }

    @Test
    void aJwksEndpointThatIsDownOrFailingIsA401() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        NimbusJwtAuthenticator down = NimbusJwtAuthenticator.builder().issuer(ISSUER).audience(AUDIENCE)
                .jwksUrl(URI.create("http://127.0.0.1:" + closedPort + "/jwks")).build();
        jwks.mode = JwksServer.Mode.FAIL;

        assertInvalid(() -> down.verify(rs256(claims().build())));
        assertInvalid(() -> jwt.verify(rs256(claims().build())));
    }

    @Test
    void aSlowJwksEndpointTimesOutIntoA401() {
        jwks.mode = JwksServer.Mode.HANG;
        NimbusJwtAuthenticator slow = builder().jwksTimeouts(Duration.ofMillis(500), Duration.ofMillis(300)).build();

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertInvalid(() -> slow.verify(rs256(
                claims().build()))));
    }

    @Test
    void anOversizeTokenIsRefusedBeforeAnyKeyIsFetched() {
        String big = rs256(claims().claim("padding", "x".repeat(10_000)).build());

        assertInvalid(() -> jwt.verify(big));
        assertInvalid(() -> jwt.verify("not a token"));
        assertInvalid(() -> jwt.verify(""));
        assertThat(jwks.fetches).hasValue(0);
    }

    @Test
    void aRequiredTypeIsEnforced() {
        NimbusJwtAuthenticator accessTokens = builder().types("at+jwt").build();
        String plainJwt = rs256(claims().build());
        String accessToken = Tokens.sign(JWSAlgorithm.RS256, RSA.getKeyID(), new JOSEObjectType("at+jwt"),
                claims().build(), Tokens.rsaSigner(RSA));
        String untyped = Tokens.sign(JWSAlgorithm.RS256, RSA.getKeyID(), null, claims().build(),
                Tokens.rsaSigner(RSA));

        assertInvalid(() -> accessTokens.verify(plainJwt));
        assertInvalid(() -> accessTokens.verify(untyped));
        assertThat(accessTokens.verify(accessToken).identity()).isEqualTo("alice");
        assertInvalid(() -> jwt.verify(accessToken)); // default: JWT or no typ only
        assertThat(jwt.verify(untyped).identity()).isEqualTo("alice");
    }

    @Test
    void aMissingOrMalformedIdentityOrPermissionClaimIsRefused() {
        assertInvalid(() -> jwt.verify(rs256(claims().subject(null).build())));
        assertInvalid(() -> jwt.verify(rs256(claims().claim("permissions", List.of(1, 2)).build())));
        assertInvalid(() -> jwt.verify(rs256(claims().claim("scope", 7).build())));
    }

    @Test
    void givenKeysWorkWithoutAnEndpoint() {
        NimbusJwtAuthenticator fixed = NimbusJwtAuthenticator.builder().keys(new JWKSet(RSA)).issuer(ISSUER)
                .anyAudience().identityClaim("email").permissionClaims("roles").build();

        User user = fixed.verify(rs256(claims().audience((String) null).claim("email", "a@x.test")
                .claim("roles", List.of("admin")).build()));

        assertThat(user.identity()).isEqualTo("a@x.test");
        assertThat(user.permissions()).containsExactly("admin");
    }

    @Test
    void mistakesFailWhenBuilt() {
        assertThatThrownBy(() -> NimbusJwtAuthenticator.builder().algorithms(new JWSAlgorithm("none")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().algorithms(JWSAlgorithm.HS256).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder().hmacSecret(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().clockSkew(Duration.ofMinutes(6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NimbusJwtAuthenticator.builder().jwksUrl(jwks.url()).audience(AUDIENCE).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> NimbusJwtAuthenticator.builder().jwksUrl(jwks.url()).issuer(ISSUER).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> NimbusJwtAuthenticator.builder().issuer(ISSUER).audience(AUDIENCE).build())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder().keys(new JWKSet(RSA)).build()).isInstanceOf(IllegalStateException.class);
    }
}
