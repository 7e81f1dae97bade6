package dev.ccp.listing.listings.api;

import dev.ccp.core.idempotency.IdempotentCommands;
import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.listings.application.DecidingListing;
import dev.ccp.listing.listings.application.ReinstateListing;
import dev.ccp.listing.listings.application.RemoveListing;
import dev.ccp.listing.listings.application.RemovingListing;
import dev.ccp.listing.listings.application.SubmittingListing;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.core.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/listings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Listings", description = "Listings screened before they are published, moderators' verdicts, "
        + "removals and reinstatements")
@SecurityRequirement(name = "jwt")
public class ListingResource {
    private final SubmittingListing submitting;
    private final DecidingListing deciding;
    private final RemovingListing removing;
    private final ListingRepository listings;
    private final Caller caller;

    ListingResource(SubmittingListing submitting, DecidingListing deciding, RemovingListing removing,
            ListingRepository listings, Caller caller) {
        this.submitting = submitting;
        this.deciding = deciding;
        this.removing = removing;
        this.listings = listings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MARKETPLACE)
    @Operation(summary = "Submit a listing", description = "Screens it before publishing: PUBLISHED, HELD for review "
            + "or BLOCKED, with the score and every signal's reason. With an Idempotency-Key a retry answers the "
            + "first result.")
    @APIResponse(responseCode = "201", description = "Stored with its screening outcome")
    @APIResponse(responseCode = "400", description = "A field is missing or malformed; nothing is stored")
    public Response submit(@NotNull @Valid ListingRequest request,
            @Parameter(description = "Optional; unique per intended listing, reused on retries")
            @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey, @Context UriInfo uri) {
        ListingView view = submitting.submit(request.toCommand(), idempotencyKey, ListingView.class, ListingView::of);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @POST
    @Path("batch")
    @RolesAllowed(Roles.MARKETPLACE)
    @Operation(summary = "Submit up to 500 listings at once (a catalogue upload)",
            description = "Screens every listing as POST /api/v1/listings does and stores them in one transaction; "
                    + "answers them in the order sent, with a count per outcome. One invalid listing rejects the "
                    + "upload, naming the field (listings[3].price.amount); nothing is stored. With an "
                    + "Idempotency-Key a retry answers the first result.")
    @APIResponse(responseCode = "200", description = "Every listing stored with its screening outcome")
    @APIResponse(responseCode = "400", description = "A listing has a missing or malformed field; nothing is stored")
    public ListingBatchView submitAll(@NotNull @Valid ListingBatchRequest request,
            @Parameter(description = "Optional; unique per intended upload, reused on retries")
            @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        return submitting.submitAll(request.listings().stream().map(ListingRequest::toCommand).toList(),
                idempotencyKey, ListingBatchView.class, ListingBatchView::of);
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "Listings by seller and status, newest first",
            description = "A plain array of at most 500 unless ?page=&size= asks for a page.")
    public Response search(@QueryParam("sellerId") @Size(max = 100) String sellerId,
            @QueryParam("status") ListingStatus status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        PageRequest window = PageRequest.windowOf(asked);
        var found = listings.search(sellerId, status, window.offset(), window.size());
        List<ListingView> views = found.items().stream().map(ListingView::of).toList();
        return Response.ok(Page.shaped(asked, views, found.total())).header("X-Total-Count", found.total()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE,
            Roles.SERVICE})
    @Operation(summary = "A listing and its current screening")
    @APIResponse(responseCode = "200", description = "The listing as it stands now")
    @APIResponse(responseCode = "404", description = "No such listing")
    public ListingView get(@PathParam("id") String id) {
        return listings.findByIdOptional(id).map(ListingView::of)
                .orElseThrow(() -> ProblemException.notFound("listing", id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MARKETPLACE)
    @Operation(summary = "Edit a listing", description = "Screens it again; a moderator's clearance does not carry "
            + "over to new words or images.")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "A moderator found it infringing, or it was removed")
    public ListingView update(@PathParam("id") String id, @NotNull @Valid ListingRequest request) {
        return ListingView.of(submitting.update(id, request.toCommand()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.MODERATOR)
    @Operation(summary = "Record a moderator's verdict", description = "Every verdict has a note, is audited (who: "
            + "the token's subject, when, why) and announced as listing.reviewed; it takes the listing out of the "
            + "review queue. A listing another moderator holds a lease on is theirs to decide; one nobody holds may "
            + "be decided directly. OTHER_INFRINGEMENT names its infringementType (TRADEMARK_OTHER, COPYRIGHT, "
            + "DESIGN, PATENT). COUNTERFEIT blocks the listing, feeds relisting detection and announces "
            + "listing.counterfeit-confirmed with the evidence; NOT_INFRINGING publishes it (unless its seller may "
            + "not sell).")
    @APIResponse(responseCode = "200", description = "The listing after the verdict")
    @APIResponse(responseCode = "400", description = "No verdict or note, or an infringementType missing for "
            + "OTHER_INFRINGEMENT (or given for another verdict)")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Another moderator holds the lease on it, or it was already "
            + "found infringing (reversing that is an appeal)")
    public ListingView decide(@PathParam("id") String id, @NotNull @Valid DecisionRequest decision) {
        return ListingView.of(deciding.decide(decision.toCommand(id), caller.name()));
    }

    @GET
    @Path("/{id}/decisions")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN})
    @Operation(summary = "Every verdict on the listing, oldest first: who, when, why, and what screening showed")
    @APIResponse(responseCode = "404", description = "No such listing")
    public List<DecisionView> decisions(@PathParam("id") String id) {
        return deciding.history(id).stream().map(DecisionView::of).toList();
    }

    @POST
    @Path("/{id}/removal")
    @RolesAllowed({Roles.SERVICE, Roles.TRUST_ADMIN})
    @Operation(summary = "Take the listing down (takedown-service, or staff)",
            description = "Status REMOVED, whatever screening or a moderator made of it; screening no longer changes "
                    + "it. Audited and announced as listing.removed. Idempotent: a retry with the same "
                    + "Idempotency-Key returns the first answer; removing a removed listing changes nothing.")
    @APIResponse(responseCode = "200", description = "The listing, now REMOVED")
    @APIResponse(responseCode = "400", description = "No Idempotency-Key, or a missing or too long field")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request")
    public ListingView remove(@PathParam("id") String id,
            @Parameter(required = true, description = "Unique per intended removal, reused on retries")
            @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
            @NotNull @Valid ActionRequest request) {
        return removing.remove(new RemoveListing(id, request.reason(), request.reference()), idempotencyKey,
                caller.name(), ListingView.class, ListingView::of);
    }

    @POST
    @Path("/{id}/reinstatement")
    @RolesAllowed({Roles.SERVICE, Roles.TRUST_ADMIN})
    @Operation(summary = "Bring a removed listing back (a granted appeal)",
            description = "It gets back the status it had before the removal, screened again on today's evidence "
                    + "(a moderator's verdict stands). Audited and announced as listing.reinstated with that "
                    + "status. Idempotent on its Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "The listing, back in PUBLISHED, HELD or BLOCKED")
    @APIResponse(responseCode = "400", description = "No Idempotency-Key, or a missing or too long field")
    @APIResponse(responseCode = "404", description = "No such listing")
    @APIResponse(responseCode = "409", description = "Not removed, or the Idempotency-Key was used for another "
            + "request")
    public ListingView reinstate(@PathParam("id") String id,
            @Parameter(required = true, description = "Unique per intended reinstatement, reused on retries")
            @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey,
            @NotNull @Valid ActionRequest request) {
        return removing.reinstate(new ReinstateListing(id, request.reason(), request.reference()), idempotencyKey,
                caller.name(), ListingView.class, ListingView::of);
    }

    @GET
    @Path("/{id}/actions")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN})
    @Operation(summary = "Every removal and reinstatement of the listing, oldest first: who, when, why, on what "
            + "record")
    @APIResponse(responseCode = "404", description = "No such listing")
    public List<ListingActionView> actions(@PathParam("id") String id) {
        return removing.history(id).stream().map(ListingActionView::of).toList();
    }
}
