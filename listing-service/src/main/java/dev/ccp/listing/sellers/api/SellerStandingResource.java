package dev.ccp.listing.sellers.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.screening.domain.SellerStanding;
import dev.ccp.listing.sellers.infrastructure.KnownSellerRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What this service believes of a seller: for operators checking that seller events arrive. */
@Path("/api/v1/seller-standings/{sellerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seller standing", description = "The local copy of sellers' standing that screening uses")
@SecurityRequirement(name = "jwt")
public class SellerStandingResource {
    private final KnownSellerRepository known;

    SellerStandingResource(KnownSellerRepository known) {
        this.known = known;
    }

    public record StandingView(String sellerId, SellerStanding status, Instant changedAt, String source) {
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "A seller's standing as listing-service knows it, and from which event")
    @APIResponse(responseCode = "404", description = "No event about this seller has arrived")
    public StandingView get(@PathParam("sellerId") String sellerId) {
        return known.findByIdOptional(sellerId).map(s -> new StandingView(s.sellerId, s.status, s.changedAt, s.source))
                .orElseThrow(() -> ProblemException.notFound("seller standing", sellerId));
    }
}
