package dev.langgraph.auth.servlet.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.langgraph.auth.User;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns verified claims into a {@link User}: the identity claim ({@code sub} by default), permissions from
 * space-separated strings ({@code scope}) or string arrays ({@code permissions}), and every claim as the user's
 * {@code claims} attribute (JSON form: times in seconds).
 */
final class ClaimMapping {

    private final String identityClaim;
    private final List<String> permissionClaims;

    ClaimMapping(String identityClaim, List<String> permissionClaims) {
        this.identityClaim = identityClaim;
        this.permissionClaims = List.copyOf(permissionClaims);
    }

    String identityClaim() {
        return identityClaim;
    }

    /**
     * The user of verified claims.
     *
     * @throws IllegalArgumentException if the identity is not a non-blank string or a permission claim has another
     *     shape than a string or an array of strings
     */
    User user(JWTClaimsSet claims) {
        if (!(claims.getClaim(identityClaim) instanceof String identity) || identity.isBlank()) {
            throw new IllegalArgumentException("The identity claim is not a non-blank string");
        }
        Set<String> permissions = new LinkedHashSet<>();
        for (String name : permissionClaims) {
            Object value = claims.getClaim(name);
            if (value instanceof String s) {
                for (String p : s.trim().split("\\s+")) {
                    if (!p.isEmpty()) {
                        permissions.add(p);
                    }
                }
            } else if (value instanceof List<?> list) {
                for (Object p : list) {
                    if (!(p instanceof String s)) {
                        throw new IllegalArgumentException("Claim " + name + " holds a non-string permission");
                    }
                    permissions.add(s);
                }
            } else if (value != null) {
                throw new IllegalArgumentException("Claim " + name + " is neither a string nor an array");
            }
        }
        Map<String, Object> json = claims.toJSONObject();
        return User.builder(identity).permissions(List.copyOf(permissions)).attribute("claims", json).build();
    }
}
