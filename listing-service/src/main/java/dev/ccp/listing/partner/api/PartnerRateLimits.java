package dev.ccp.listing.partner.api;

import dev.ccp.core.problem.Problem;
import dev.ccp.listing.partner.infrastructure.PartnerRateLimiter;
import dev.ccp.listing.web.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import dev.ccp.listing.config.ListingConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits on the partner API (DESIGN.md §5): per brand once a token is presented, per client address for the
 * token exchange itself (which guesses at keys would hit). Over the limit: 429 problem+json with Retry-After.
 */
@ApplicationScoped
public class PartnerRateLimits {
    private final PartnerRateLimiter perBrand;
    private final PartnerRateLimiter perAddress;
    private final CurrentIdentityAssociation identity;

    PartnerRateLimits(ListingConfig config, CurrentIdentityAssociation identity, Clock clock) {
        this.perBrand = new PartnerRateLimiter(config.partner().requestsPerMinute(), clock);
        this.perAddress = new PartnerRateLimiter(config.partner().tokenRequestsPerMinute(), clock);
        this.identity = identity;
    }

    @ServerRequestFilter
    public io.smallrye.mutiny.Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = http.path();
        if (path == null || !path.startsWith("/partner/")) {
            return io.smallrye.mutiny.Uni.createFrom().nullItem();
        }
        if (path.startsWith("/partner/v1/token")) {
            String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
            return io.smallrye.mutiny.Uni.createFrom().item(tooMany(perAddress.secondsUntilAllowed("ip:" + address),
                    path));
        }
        return identity.getDeferredIdentity().onItem().transform(id -> {
            String brand = id.isAnonymous() ? null : id.getAttribute(Caller.BRAND_ATTRIBUTE);
            return brand == null ? null : tooMany(perBrand.secondsUntilAllowed("brand:" + brand), path);
        }).onFailure().recoverWithNull();
    }

    private static Response tooMany(long retryAfter, String path) {
        if (retryAfter == 0) {
            return null;
        }
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfter)
                .entity(new Problem("about:blank", "Too many requests", 429,
                        "the partner API allows a limited number of requests a minute; retry after " + retryAfter + " s",
                        path, List.of()))
                .build();
    }
}
