package dev.ccp.devstack.jwt;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Mints staff bearer JWTs signed with the local key, as an identity provider would in production. */
public final class DevTokens {
    /** The issuer the services expect in local and test runs ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://ccp.local/devstack";

    private final LocalKeys keys;

    public DevTokens(LocalKeys keys) {
        this.keys = keys;
    }

    public String mint(String subject, Duration validFor, String... roles) {
        Set<String> groups = new LinkedHashSet<>(Arrays.asList(roles));
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(groups)
                .expiresIn(validFor)
                .jws().keyId("ccp-local")
                .sign(keys.privateKey());
    }
}
