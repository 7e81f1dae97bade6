package dev.ccp.core.partner;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The per-brand limit on the partner API: once a partner token is presented, every request counts against its
 * brand. Over the limit: 429 problem+json with Retry-After. The token exchange has limits of its own
 * ({@link PartnerTokenExchange}). Keyed on the path the router matched, so no spelling of it escapes.
 */
@ApplicationScoped
public class PartnerRateLimits {
    private final RateLimiter perBrand;
    private final CurrentIdentityAssociation identity;
    private final PartnerKeyStatus status;

    PartnerRateLimits(PartnerConfig config, CurrentIdentityAssociation identity, PartnerKeyStatus status,
            Clock clock) {
        this.perBrand = new RateLimiter(config.limits().requestsPerMinute(), clock);
        this.identity = identity;
        this.status = status;
    }

    @ServerRequestFilter
    public Uni<Response> limit(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (!status.edgeActive() || !PartnerPaths.isPartner(path) || PartnerPaths.isTokenExchange(path)) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity()
                .map(id -> id.isAnonymous() ? null : id.<String>getAttribute(Caller.BRAND_ATTRIBUTE))
                .onFailure().recoverWithNull() // not authenticated: the security check answers 401
                .map(brand -> {
                    long wait = brand == null ? 0 : perBrand.secondsUntilAllowed("brand:" + brand);
                    if (wait > 0) {
                        throw ProblemException.tooManyRequests(
                                "the partner API allows a limited number of requests a minute per brand", wait);
                    }
                    return null;
                });
    }
}
