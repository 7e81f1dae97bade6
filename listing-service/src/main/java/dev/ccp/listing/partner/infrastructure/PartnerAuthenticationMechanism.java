package dev.ccp.listing.partner.infrastructure;

import dev.ccp.core.security.Roles;
import dev.ccp.listing.web.Caller;
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
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authenticates bearer tokens on {@code /partner/*} as partner tokens of this service: the identity has the
 * {@code partner} role and its brand as an attribute. Other paths are left to the staff JWT mechanism.
 */
@ApplicationScoped
public class PartnerAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    private final PartnerTokens tokens;

    PartnerAuthenticationMechanism(PartnerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (!context.normalizedPath().startsWith("/partner/") || header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().nullItem();
        }
        try {
            JsonWebToken jwt = tokens.verify(header.substring(BEARER.length()).trim());
            String brand = jwt.getClaim(PartnerTokens.BRAND_CLAIM);
            if (brand == null || !jwt.getGroups().contains(Roles.PARTNER)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("not a partner token"));
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(jwt)
                    .addRole(Roles.PARTNER)
                    .addAttribute(Caller.BRAND_ATTRIBUTE, brand)
                    .build());
        } catch (ParseException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("invalid partner token"));
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
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
