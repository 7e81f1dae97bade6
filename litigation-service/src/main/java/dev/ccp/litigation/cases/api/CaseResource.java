package dev.ccp.litigation.cases.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.litigation.cases.application.MovingCase;
import dev.ccp.litigation.cases.application.OpeningCase;
import dev.ccp.litigation.cases.application.ReadingCases;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Cases: investigators and legal open and move them; every staff role and the marketplace read them. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {
    private final OpeningCase opening;
    private final MovingCase moving;
    private final ReadingCases reading;
    private final Caller caller;

    CaseResource(OpeningCase opening, MovingCase moving, ReadingCases reading, Caller caller) {
        this.opening = opening;
        this.moving = moving;
        this.reading = reading;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL})
    public Response open(OpenCaseRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "must be a case");
        }
        CaseView view = CaseView.of(opening.open(request.command(), caller.name()));
        return Response.created(URI.create("/api/v1/cases/" + view.id())).entity(view).build();
    }

    /** The cases naming the seller as a defendant (all cases without it): an array, or a page with ?page=&size=. */
    @GET
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public Object list(@QueryParam("sellerId") String sellerId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        ReadingCases.Slice slice = reading.against(sellerId == null || sellerId.isBlank() ? null : sellerId,
                PageRequest.windowOf(asked));
        return Page.shaped(asked, slice.items().stream().map(CaseView::of).toList(), slice.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public CaseView get(@PathParam("id") String id) {
        return CaseView.of(reading.get(id));
    }

    /** Moves the case on (OPEN → INVESTIGATING → FILED | REFERRED → JUDGMENT | SETTLED | DISMISSED → CLOSED). */
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL})
    public CaseView move(@PathParam("id") String id, StatusRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "must be {status, note}");
        }
        return CaseView.of(moving.move(id, request.status(), request.note(), caller.name()));
    }
}
