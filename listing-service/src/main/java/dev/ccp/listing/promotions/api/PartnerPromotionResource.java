package dev.ccp.listing.promotions.api;

import dev.ccp.core.partner.PartnerPaths;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.promotions.application.ReportingPromotion;
import dev.ccp.listing.promotions.domain.Promotion;
import dev.ccp.listing.promotions.infrastructure.PromotionRepository;
import dev.ccp.core.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A brand reports posts that sell listings as its goods; it sees only the promotions it reported. */
@Extension(name = PartnerPaths.OPENAPI_PROFILE, value = "") // in the brands' own OpenAPI document
@Path("/partner/v1/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner: promotions", description = "Posts promoting listings as the brand's goods")
@SecurityRequirement(name = "partner")
public class PartnerPromotionResource {
    private final ReportingPromotion reporting;
    private final PromotionRepository promotions;
    private final ListingRepository listings;
    private final Caller caller;

    PartnerPromotionResource(ReportingPromotion reporting, PromotionRepository promotions, ListingRepository listings,
            Caller caller) {
        this.reporting = reporting;
        this.promotions = promotions;
        this.listings = listings;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Report a post that promotes listings as the brand's goods",
            description = "The claimed brand is the token's brand; the listings are re-screened before the answer.")
    @APIResponse(responseCode = "201", description = "Filed as evidence")
    public Response report(@NotNull @Valid PromotionRequest request, @Context UriInfo uri) {
        ReportingPromotion.Reported reported = reporting.report(request.toCommand(), caller.name(), caller.brandId());
        return Response.created(uri.getAbsolutePathBuilder().path(reported.promotion().id).build())
                .entity(PromotionView.of(reported.promotion(), reported.listings())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A promotion the brand reported")
    @APIResponse(responseCode = "404", description = "No such promotion reported by this brand")
    public PromotionView get(@PathParam("id") String id) {
        Promotion promotion = promotions.findByIdOptional(id)
                .filter(p -> caller.brandId().equals(p.reportingBrandId))
                .orElseThrow(() -> ProblemException.notFound("promotion", id));
        return PromotionView.of(promotion, listings.byIds(promotion.listingIds));
    }
}
