package dev.ccp.listing.removals.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.partner.PartnerPaths;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.removals.application.RemovingForBrand;
import dev.ccp.listing.removals.domain.RemovalItem;
import dev.ccp.listing.removals.domain.SelfServiceRemoval;
import dev.ccp.listing.removals.infrastructure.RemovalItemRepository;
import dev.ccp.listing.removals.infrastructure.SelfServiceRemovalRepository;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A brand with self-service removal removes listings itself and follows them; it sees only its own removals. */
@Extension(name = PartnerPaths.OPENAPI_PROFILE, value = "") // in the brands' own OpenAPI document
@Path("/partner/v1/removals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner: self-service removals", description = "Brands with the privilege remove listings themselves")
@SecurityRequirement(name = "partner")
public class PartnerRemovalResource {
    private final RemovingForBrand removing;
    private final SelfServiceRemovalRepository removals;
    private final RemovalItemRepository items;
    private final Caller caller;

    PartnerRemovalResource(RemovingForBrand removing, SelfServiceRemovalRepository removals,
            RemovalItemRepository items, Caller caller) {
        this.removing = removing;
        this.removals = removals;
        this.items = items;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Remove listings as counterfeits of the brand", description = "Each listing that shows the "
            + "brand's words, products or images is confirmed counterfeit at once and taken down; any other is "
            + "refused with why. Every removal later overturned (granted appeal, upheld counter-notice) counts "
            + "against the brand, which loses the privilege past the configured overturn rate.")
    @APIResponse(responseCode = "201", description = "Done; each item says REMOVED or REFUSED and why")
    @APIResponse(responseCode = "400", description = "A field is malformed (more than 500 listings, no reason)")
    @APIResponse(responseCode = "403", description = "The brand lacks the privilege, or it is suspended")
    public Response remove(@NotNull @Valid RemovalRequest request, @Context UriInfo uri) {
        RemovingForBrand.Done done = removing.remove(caller.brandId(), request.toCommand(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(done.removal().id).build())
                .entity(RemovalView.of(done.removal(), done.items())).build();
    }

    @GET
    @Operation(summary = "The brand's removals, newest first", description = "A page: {items, page, size, total}.")
    @APIResponse(responseCode = "200", description = "A page of the brand's own removals")
    public Page<RemovalView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page == null ? 0 : page, size == null ? 20 : size);
        List<SelfServiceRemoval> found = removals.ofBrand(caller.brandId(), asked.offset(), asked.size());
        Map<String, List<RemovalItem>> itemsOf = items.ofRemovals(found.stream().map(r -> r.id).toList());
        return new Page<>(found.stream().map(r -> RemovalView.of(r, itemsOf.getOrDefault(r.id, List.of()))).toList(),
                asked.page(), asked.size(), removals.countOfBrand(caller.brandId()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the brand's removals and where each listing stands")
    @APIResponse(responseCode = "200", description = "The removal and its items")
    @APIResponse(responseCode = "404", description = "No such removal by this brand")
    public RemovalView get(@PathParam("id") String id) {
        SelfServiceRemoval removal = removals.findByIdOptional(id).filter(r -> r.brandId.equals(caller.brandId()))
                .orElseThrow(() -> ProblemException.notFound("removal", id));
        return RemovalView.of(removal, items.ofRemovals(List.of(id)).getOrDefault(id, List.of()));
    }
}
