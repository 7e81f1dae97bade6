package dev.ccp.listing.review.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.review.application.ReviewQueue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The moderators' review queue: claim the next item as a lease, renew or release it, and see what waits. */
@Path("/api/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review queue", description = "Every HELD listing and every listing a brand reported, highest priority "
        + "first: risk score, trusted flaggers' reports, then age (docs/review-queue.md)")
@SecurityRequirement(name = "jwt")
public class ReviewQueueResource {
    private final ReviewQueue queue;
    private final Caller caller;

    ReviewQueueResource(ReviewQueue queue, Caller caller) {
        this.queue = queue;
        this.caller = caller;
    }

    @POST
    @Path("claim")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Claim the next item",
            description = "Empty body. Leases the highest-priority item nobody holds to the caller until "
                    + "leaseExpiresAt (listing.review.lease-duration); concurrent claims, on any replica, never get "
                    + "the same item. Decide it with POST /api/v1/listings/{id}/decision.")
    @APIResponse(responseCode = "200", description = "The claimed item and its lease")
    @APIResponse(responseCode = "204", description = "Nothing waits that nobody holds")
    public Response claim() {
        return queue.claim(caller.name())
                .map(item -> Response.ok(QueueItemView.of(item, queue.priority())).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @POST
    @Path("items/{listingId}/renewal")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Renew the caller's lease", description = "Empty body. The lease then ends a lease duration "
            + "from now.")
    @APIResponse(responseCode = "200", description = "The item with its new leaseExpiresAt")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "The caller holds no lease on it (expired, released, decided, "
            + "or another moderator's)")
    public QueueItemView renew(@PathParam("listingId") @Size(max = 100) String listingId) {
        return QueueItemView.of(queue.renew(listingId, caller.name()), queue.priority());
    }

    @POST
    @Path("items/{listingId}/release")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Give the item back to the queue", description = "Empty body; the next claim may take it.")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "The caller holds no lease on it")
    public Response release(@PathParam("listingId") @Size(max = 100) String listingId) {
        queue.release(listingId, caller.name());
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.INVESTIGATOR, Roles.LEGAL})
    @Operation(summary = "What waits, in the order claims take it",
            description = "A plain array of at most 500 unless ?page=&size= (size at most 500) asks for a page; "
                    + "leased items are included with their holder and expiry.")
    @APIResponse(responseCode = "200", description = "The queue, first to be claimed first")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Response list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        PageRequest window = PageRequest.windowOf(asked);
        ReviewQueue.Window found = queue.list(window.offset(), window.size());
        List<QueueItemView> views = found.items().stream().map(i -> QueueItemView.of(i, queue.priority())).toList();
        return Response.ok(Page.shaped(asked, views, found.total())).header("X-Total-Count", found.total()).build();
    }
}
