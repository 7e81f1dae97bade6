package dev.ccp.devstack.jwt;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Mints staff bearer JWTs signed with the local key, as an identity provider would in production. */
public final class DevTokens {
    /** The issuer the services expect in local and test runs ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://ccp.local/devstack";
    /** The audience the services expect ({@code mp.jwt.verify.audiences}): tokens made for the CCP API. */
    public static final String AUDIENCE = "ccp-api";
    /** The {@code kid} of the local signing key. */
    public static final String KEY_ID = "ccp-local";

    private final LocalKeys keys;

    public DevTokens(LocalKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, Duration validFor, String... roles) {
        return mintFor(AUDIENCE, subject, validFor, roles);
    }

    /** A token for {@code audience} (null: none), to show that a service refuses tokens made for others. */
    public String mintFor(String audience, String subject, Duration validFor, String... roles) {
        Set<String> groups = new LinkedHashSet<>(Arrays.asList(roles));
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER);
        if (audience != null) {
            claims.audience(audience);
        }
        return claims
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresIn(validFor)
                .jws().keyId(KEY_ID)
                .sign(keys.privateKey());
    }
}
