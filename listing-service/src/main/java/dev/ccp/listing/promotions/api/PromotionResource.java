package dev.ccp.listing.promotions.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Promotions", description = "Off-platform posts promoting listings: evidence that re-screens them")
@SecurityRequirement(name = "jwt")
public class PromotionResource {
    private final ReportingPromotion reporting;
    private final PromotionRepository promotions;
    private final ListingRepository listings;
    private final Caller caller;

    PromotionResource(ReportingPromotion reporting, PromotionRepository promotions, ListingRepository listings,
            Caller caller) {
        this.reporting = reporting;
        this.promotions = promotions;
        this.listings = listings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.INVESTIGATOR, Roles.MODERATOR})
    @Operation(summary = "Report a promotion", description = "The linked listings are re-screened before the "
            + "answer, which shows where each stands now.")
    @APIResponse(responseCode = "201", description = "Filed as evidence")
    @APIResponse(responseCode = "400", description = "A field is malformed or a listing id unknown; nothing is stored")
    public Response report(@NotNull @Valid PromotionRequest request, @Context UriInfo uri) {
        ReportingPromotion.Reported reported = reporting.report(request.toCommand(), caller.name(), null);
        return Response.created(uri.getAbsolutePathBuilder().path(reported.promotion().id).build())
                .entity(PromotionView.of(reported.promotion(), reported.listings())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "A reported promotion")
    @APIResponse(responseCode = "404", description = "No such promotion")
    public PromotionView get(@PathParam("id") String id) {
        Promotion promotion = promotions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("promotion", id));
        return PromotionView.of(promotion, listings.byIds(promotion.listingIds));
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "The promotions that link to a listing")
    @APIResponse(responseCode = "400", description = "listingId is missing")
    public List<PromotionView> promoting(@QueryParam("listingId") String listingId) {
        if (listingId == null || listingId.isBlank()) {
            throw ProblemException.badRequest("listingId", "is required");
        }
        return promotions.promoting(listingId).stream()
                .map(p -> PromotionView.of(p, listings.byIds(p.listingIds))).toList();
    }
}
