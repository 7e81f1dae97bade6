package dev.ccp.core.partner;

import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authenticates bearer tokens on {@code /partner/*} as this service's partner tokens: the identity has the
 * {@code partner} role and its brand and API key as attributes. Any other bearer token there (a staff token)
 * fails, and so does a partner token whose key has been revoked. Other paths are left to the staff JWT
 * mechanism, and so is everything in a service without a partner API.
 */
@ApplicationScoped
public class PartnerAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    private final PartnerTokens tokens;
    private final PartnerKeyStatus status;

    PartnerAuthenticationMechanism(PartnerTokens tokens, PartnerKeyStatus status) {
        this.tokens = tokens;
        this.status = status;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (!status.edgeActive() || !PartnerPaths.isPartner(context.normalizedPath()) || header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        JsonWebToken jwt;
        try {
            jwt = tokens.verify(header.substring(BEARER.length()).trim());
        } catch (ParseException e) {
            return refuse("invalid partner token");
        }
        String brand = jwt.getClaim(PartnerTokens.BRAND_CLAIM);
        String keyId = jwt.getClaim(PartnerTokens.KEY_CLAIM);
        if (brand == null || keyId == null || !jwt.getGroups().contains(Roles.PARTNER)) {
            return refuse("not a partner token");
        }
        Boolean remembered = status.remembered(keyId);
        Uni<Boolean> active = remembered != null ? Uni.createFrom().item(remembered)
                // the port may ask a database: never on the event loop
                : Uni.createFrom().item(() -> status.isActive(keyId))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return active.flatMap(yes -> yes ? Uni.createFrom().item(build(jwt, brand, keyId))
                : refuse("the token's API key has been revoked"));
    }

    private static SecurityIdentity build(JsonWebToken jwt, String brand, String keyId) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(jwt)
                .addRole(Roles.PARTNER)
                .addAttribute(Caller.BRAND_ATTRIBUTE, brand)
                .addAttribute(Caller.KEY_ATTRIBUTE, keyId)
                .build();
    }

    private static Uni<SecurityIdentity> refuse(String why) {
        return Uni.createFrom().failure(new AuthenticationFailedException(why));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!status.edgeActive()) {
            return Uni.createFrom().nullItem(); // the staff mechanism answers
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100; // before the staff JWT mechanism, which would reject the partner issuer
    }
}
