package dev.ccp.listing.counternotices.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.counternotices.application.DecidingCounterNotice;
import dev.ccp.listing.counternotices.application.FilingCounterNotice;
import dev.ccp.listing.counternotices.domain.CounterNotice;
import dev.ccp.listing.counternotices.infrastructure.CounterNoticeRepository;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sellers (through the marketplace) dispute brands' reports and removals; reviewers decide. */
@Path("/api/v1/counter-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Counter-notices", description = "Sellers' disputes of brands' reports and self-service removals")
@SecurityRequirement(name = "jwt")
public class CounterNoticeResource {
    private final FilingCounterNotice filing;
    private final DecidingCounterNotice deciding;
    private final CounterNoticeRepository notices;
    private final Caller caller;

    CounterNoticeResource(FilingCounterNotice filing, DecidingCounterNotice deciding, CounterNoticeRepository notices,
            Caller caller) {
        this.filing = filing;
        this.deciding = deciding;
        this.notices = notices;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.MARKETPLACE)
    @Operation(summary = "File a seller's counter-notice", description = "Against a brand's report item (reportId) "
            + "or self-service removal (removalId) of the seller's listing, with the seller's reasons. The brand is "
            + "told.")
    @APIResponse(responseCode = "201", description = "Filed, PENDING a reviewer")
    @APIResponse(responseCode = "400", description = "A field is malformed, or names a listing, report or removal "
            + "that does not fit (not the seller's, not reported or removed by that record)")
    @APIResponse(responseCode = "409", description = "One is already open on the listing, the removal was already "
            + "overturned, or a moderator confirmed the reported listing (an appeal, not a counter-notice)")
    public Response file(@NotNull @Valid CounterNoticeRequest request, @Context UriInfo uri) {
        CounterNotice notice = filing.file(request.toCommand(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(notice.id).build())
                .entity(CounterNoticeView.of(notice)).build();
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.INVESTIGATOR, Roles.LEGAL})
    @Operation(summary = "Counter-notices by status (PENDING unless asked), oldest first",
            description = "A page: {items, page, size, total}.")
    @APIResponse(responseCode = "200", description = "A page of counter-notices")
    public Page<CounterNoticeView> list(@QueryParam("status") CounterNotice.Status status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        CounterNotice.Status wanted = status == null ? CounterNotice.Status.PENDING : status;
        PageRequest asked = PageRequest.of(page == null ? 0 : page, size == null ? 50 : size);
        return new Page<>(notices.withStatus(wanted, asked.offset(), asked.size()).stream()
                .map(CounterNoticeView::of).toList(), asked.page(), asked.size(), notices.countWithStatus(wanted));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.INVESTIGATOR, Roles.LEGAL, Roles.MARKETPLACE})
    @Operation(summary = "A counter-notice and its decision")
    @APIResponse(responseCode = "200", description = "The counter-notice")
    @APIResponse(responseCode = "404", description = "No such counter-notice")
    public CounterNoticeView get(@PathParam("id") String id) {
        return CounterNoticeView.of(notices.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("counter-notice", id)));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.MODERATOR, Roles.TRUST_ADMIN})
    @Operation(summary = "Decide a counter-notice, once", description = "UPHELD: the listing comes back (a removed "
            + "one is reinstated), the report item is rejected or the removal overturned (counted against the brand). "
            + "REJECTED: the report or removal stands. The brand is told either way.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "404", description = "No such counter-notice")
    @APIResponse(responseCode = "409", description = "Already decided")
    public CounterNoticeView decide(@PathParam("id") String id, @NotNull @Valid CounterNoticeDecisionRequest request) {
        return CounterNoticeView.of(deciding.decide(id,
                request.outcome() == CounterNoticeDecisionRequest.Outcome.UPHELD, request.note(), caller.name()));
    }
}
