package dev.ccp.listing.brand.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.brand.application.DecidingBrandChange;
import dev.ccp.listing.brand.domain.BrandChange;
import dev.ccp.listing.brand.infrastructure.BrandChangeRepository;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Partners' changes to what screening protects wait here for staff (trust-admin) to approve or reject. */
@Path("/api/v1/brand-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRUST_ADMIN)
@Tag(name = "Brands", description = "The brand registry: protected terms, products, authorised sellers, API keys")
@SecurityRequirement(name = "jwt")
public class BrandChangeResource {
    private final BrandChangeRepository changes;
    private final DecidingBrandChange deciding;
    private final Caller caller;

    BrandChangeResource(BrandChangeRepository changes, DecidingBrandChange deciding, Caller caller) {
        this.changes = changes;
        this.deciding = deciding;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Partners' changes by status (PENDING unless asked), oldest first",
            description = "A page: {items, page, size, total}.")
    @APIResponse(responseCode = "200", description = "A page of partners' changes")
    public Page<BrandChangeView> list(@QueryParam("status") BrandChange.Status status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        BrandChange.Status wanted = status == null ? BrandChange.Status.PENDING : status;
        PageRequest asked = PageRequest.of(page, size == null ? 50 : size);
        return new Page<>(changes.withStatus(wanted, asked.offset(), asked.size()).stream()
                .map(BrandChangeView::of).toList(), asked.page(), asked.size(), changes.countWithStatus(wanted));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A partner's change and its decision")
    @APIResponse(responseCode = "200", description = "The change")
    @APIResponse(responseCode = "404", description = "No such change")
    public BrandChangeView get(@PathParam("id") String id) {
        return BrandChangeView.of(changes.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("brand change", id)));
    }

    @POST
    @Path("/{id}/decision")
    @Operation(summary = "Approve (it screens from then on) or reject a pending change")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No such change")
    @APIResponse(responseCode = "409", description = "Already decided or superseded, or another brand took the name")
    public BrandChangeView decide(@PathParam("id") String id, @NotNull @Valid BrandChangeDecisionRequest request) {
        return BrandChangeView.of(deciding.decide(id,
                request.outcome() == BrandChangeDecisionRequest.Outcome.APPROVED, request.note(), caller.name()));
    }
}
