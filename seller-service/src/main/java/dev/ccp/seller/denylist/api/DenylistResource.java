package dev.ccp.seller.denylist.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.security.Roles;
import dev.ccp.seller.denylist.application.ManagingDenylist;
import dev.ccp.seller.denylist.infrastructure.DenylistRepository;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/denylist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Denylist", description = "Identities that may never sell again, with the source of each decision")
@SecurityRequirement(name = "jwt")
public class DenylistResource {
    private final ManagingDenylist managing;
    private final DenylistRepository denylist;
    private final SecurityIdentity caller;

    DenylistResource(ManagingDenylist managing, DenylistRepository denylist, SecurityIdentity caller) {
        this.managing = managing;
        this.denylist = denylist;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.INVESTIGATOR, Roles.LEGAL})
    @Operation(summary = "Denylist entries, newest first (a plain array of at most 500 unless a page is asked for)")
    public Object list(@QueryParam("sellerId") String sellerId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        PageRequest window = PageRequest.windowOf(asked);
        var query = sellerId == null ? denylist.findAll(Sort.by("id").descending())
                : denylist.find("sellerId", Sort.by("id").descending(), sellerId);
        List<DenylistEntryView> items = query.range(window.offset(), window.offset() + window.size() - 1).list()
                .stream().map(DenylistEntryView::of).toList();
        return Page.shaped(asked, items, asked == null ? items.size() : query.count()); // no count query for a plain list
    }

    @POST
    @RolesAllowed({Roles.TRUST_ADMIN, Roles.LEGAL})
    @Operation(summary = "Bar the identities of an account, or attributes known from outside evidence")
    public Response add(@NotNull @Valid DenylistRequest request) {
        int added = managing.add(request.toCommand(), caller.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(Map.of("added", added)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Lift one entry (e.g. a judgment overturned on appeal)")
    public Response lift(@PathParam("id") long id) {
        managing.lift(id);
        return Response.noContent().build();
    }
}
