package dev.ccp.takedown.takedowns.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.takedown.takedowns.application.ManagingTakedowns;
import dev.ccp.takedown.takedowns.application.ReadingTakedowns;
import dev.ccp.takedown.takedowns.domain.HoldStatus;
import dev.ccp.takedown.takedowns.domain.TakedownSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Takedowns: staff follow them, retry one that needs attention (or its reversal after an upheld counter-notice), and
 * settle the stock it holds.
 */
@Path("/api/v1/takedowns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Takedowns", description = "Confirmed counterfeits taken down: steps, held stock, refunds")
public class TakedownResource {
    /** A plain list (no page asked) holds at most this many takedowns, oldest opened first. */
    static final int MAX_PLAIN_LIST = 100;

    private final ReadingTakedowns reading;
    private final ManagingTakedowns managing;
    private final Caller caller;

    TakedownResource(ReadingTakedowns reading, ManagingTakedowns managing, Caller caller) {
        this.reading = reading;
        this.managing = managing;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE})
    @Operation(summary = "Takedowns by listing, seller, brand, status and opening date",
            description = "Oldest opened first. A plain array of at most 100 unless ?page=&size= asks for a page "
                    + "({items, page, size, total}). from and to take a date or an instant; to is exclusive for an "
                    + "instant, inclusive for a date.")
    @APIResponse(responseCode = "200", description = "The matching takedowns", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {TakedownView[].class,
                    TakedownPage.class})))
    @APIResponse(responseCode = "400", description = "A filter or the page is malformed; the field is named")
    public Object list(@QueryParam("listingId") String listingId, @QueryParam("sellerId") String sellerId,
            @QueryParam("brandId") String brandId, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        TakedownSearch search = TakedownQuery.parse(listingId, sellerId, brandId, status, from, to);
        PageRequest asked = PageRequest.of(page, size);
        ReadingTakedowns.Slice slice = reading.search(search, asked != null ? asked
                : new PageRequest(0, MAX_PLAIN_LIST));
        return Page.shaped(asked, slice.items().stream().map(TakedownView::of).toList(), slice.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE})
    @Operation(summary = "A takedown with every step and refund")
    @APIResponse(responseCode = "200", description = "The takedown", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakedownView.class)))
    @APIResponse(responseCode = "404", description = "No such takedown")
    public TakedownView get(@PathParam("id") String id) {
        return TakedownView.of(reading.one(id));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Retry a takedown that needs attention",
            description = "Its failed step is due again at once, its attempts kept.")
    @APIResponse(responseCode = "200", description = "The takedown, in progress again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakedownView.class)))
    @APIResponse(responseCode = "404", description = "No such takedown")
    @APIResponse(responseCode = "409", description = "The takedown does not need attention")
    public TakedownView retry(@PathParam("id") String id) {
        managing.retry(id);
        return TakedownView.of(reading.one(id));
    }

    @POST
    @Path("/{id}/reversal/retry")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Retry the account's reinstatement after an upheld counter-notice",
            description = "For a takedown reversed on a counter-notice whose account reinstatement seller-service "
                    + "refused or that failed too often: due again at once, its attempts kept. A granted appeal's "
                    + "reversal is retried on the appeal.")
    @APIResponse(responseCode = "200", description = "The takedown, its reversal due again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakedownView.class)))
    @APIResponse(responseCode = "404", description = "No such takedown")
    @APIResponse(responseCode = "409", description = "No counter-notice reversal of the takedown waits for staff")
    public TakedownView retryReversal(@PathParam("id") String id) {
        managing.retryReversal(id);
        return TakedownView.of(reading.one(id));
    }

    @POST
    @Path("/{id}/inventory/destruction")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Record that the held stock was destroyed", description = "Idempotent.")
    @APIResponse(responseCode = "200", description = "The stock, DESTROYED", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InventoryView.class)))
    @APIResponse(responseCode = "404", description = "No such takedown")
    @APIResponse(responseCode = "409", description = "The stock was released, or none is held yet")
    public InventoryView destroy(@PathParam("id") String id) {
        return InventoryView.of(managing.settleStock(id, HoldStatus.DESTROYED, caller.name()));
    }

    @POST
    @Path("/{id}/inventory/release")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Release the held stock to the seller", description = "Idempotent.")
    @APIResponse(responseCode = "200", description = "The stock, RELEASED", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InventoryView.class)))
    @APIResponse(responseCode = "404", description = "No such takedown")
    @APIResponse(responseCode = "409", description = "The stock was destroyed, or none is held yet")
    public InventoryView release(@PathParam("id") String id) {
        return InventoryView.of(managing.settleStock(id, HoldStatus.RELEASED, caller.name()));
    }
}
