package dev.ccp.takedown.appeals.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.takedown.appeals.application.DecidingAppeal;
import dev.ccp.takedown.appeals.application.FilingAppeal;
import dev.ccp.takedown.appeals.application.ReadingAppeals;
import dev.ccp.takedown.appeals.domain.AppealStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sellers' appeals of takedowns (EU DSA Art. 20): the marketplace files them for its sellers, trust admins decide,
 * staff follow them.
 */
@Path("/api/v1/appeals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appeals", description = "Sellers' appeals of takedowns, decided by trust admins")
public class AppealResource {
    /** A plain list (no page asked) holds at most this many appeals, oldest filed first. */
    static final int MAX_PLAIN_LIST = 100;

    private final FilingAppeal filing;
    private final DecidingAppeal deciding;
    private final ReadingAppeals reading;
    private final Caller caller;

    AppealResource(FilingAppeal filing, DecidingAppeal deciding, ReadingAppeals reading, Caller caller) {
        this.filing = filing;
        this.deciding = deciding;
        this.reading = reading;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MARKETPLACE)
    @Operation(summary = "File a seller's appeal of a takedown",
            description = "Only the takedown's seller, once its listing was removed, within the appeal window the "
                    + "statement of reasons states (takedown.statements.appeal-window, default 6 months), once "
                    + "per takedown.")
    @APIResponse(responseCode = "201", description = "The appeal, FILED", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "400", description = "A field is malformed, or sellerId is not the takedown's seller")
    @APIResponse(responseCode = "404", description = "No such takedown")
    @APIResponse(responseCode = "409", description = "Appealed before, nothing removed yet, or the window closed")
    public Response file(@NotNull @Valid FileAppealRequest request, @Context UriInfo uri) {
        AppealView view = AppealView.of(filing.file(request.command(), caller.name()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE})
    @Operation(summary = "Appeals by status, takedown and seller",
            description = "Oldest filed first. A plain array of at most 100 unless ?page=&size= asks for a page.")
    @APIResponse(responseCode = "200", description = "The matching appeals", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {AppealView[].class,
                    AppealPage.class})))
    @APIResponse(responseCode = "400", description = "A filter or the page is malformed; the field is named")
    public Object list(@QueryParam("status") String status,
            @QueryParam("takedownId") @Size(max = 100) String takedownId,
            @QueryParam("sellerId") @Size(max = 100) String sellerId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        ReadingAppeals.Slice slice = reading.search(status(status), takedownId, sellerId,
                asked != null ? asked : new PageRequest(0, MAX_PLAIN_LIST));
        return Page.shaped(asked, slice.items().stream().map(AppealView::of).toList(), slice.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE})
    @Operation(summary = "An appeal with its decision, its reversal and its history")
    @APIResponse(responseCode = "200", description = "The appeal", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "404", description = "No such appeal")
    public AppealView get(@PathParam("id") String id) {
        return AppealView.of(reading.one(id));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Grant or deny an appeal",
            description = "GRANTED reverses the takedown: REVERSED, its strike no longer counts, its held stock is "
                    + "released, and the listing and (when this takedown closed it and no other standing one did) "
                    + "the account are reinstated in listing-service and seller-service; refunds stay paid. "
                    + "DENIED lets it stand. Final either way.")
    @APIResponse(responseCode = "200", description = "The appeal, decided", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "404", description = "No such appeal")
    @APIResponse(responseCode = "409", description = "Decided before, or the takedown's steps are still running")
    public AppealView decide(@PathParam("id") String id, @NotNull @Valid DecisionRequest decision) {
        deciding.decide(id, AppealStatus.valueOf(decision.outcome()), decision.note(), caller.name());
        return AppealView.of(reading.one(id));
    }

    @POST
    @Path("/{id}/reversal/retry")
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Retry a granted appeal's reversal that a peer refused or that failed too often")
    @APIResponse(responseCode = "200", description = "The appeal, its reversal due again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "404", description = "No such appeal")
    @APIResponse(responseCode = "409", description = "No reversal of this appeal waits for staff")
    public AppealView retryReversal(@PathParam("id") String id) {
        deciding.retryReversal(id, caller.name());
        return AppealView.of(reading.one(id));
    }

    private static AppealStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return AppealStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "is one of " + Arrays.toString(AppealStatus.values()));
        }
    }
}
