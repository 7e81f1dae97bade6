package dev.ccp.litigation.legal.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.litigation.legal.application.InvestigatingCase;
import dev.ccp.litigation.legal.application.MergingCases;
import dev.ccp.litigation.legal.application.NameDefendant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Investigators add defendants and notes to a case after opening, merge cases and split them; each is audited and
 * in the ledger.
 */
@Path("/api/v1/cases/{caseId}/investigation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL})
public class InvestigationResource {
    private final InvestigatingCase investigating;
    private final MergingCases merging;
    private final Caller caller;

    InvestigationResource(InvestigatingCase investigating, MergingCases merging, Caller caller) {
        this.investigating = investigating;
        this.merging = merging;
        this.caller = caller;
    }

    public record DefendantRequest(String sellerId, String role, String country, String name, String address,
            String reason) {
    }

    public record NoteRequest(String text) {
    }

    /** {@code POST .../merge}: the case to take in (closed, pointing at this one) and why. */
    public record MergeRequest(String absorbedCaseId, String reason) {
    }

    /** {@code POST .../split}: the defendants a new case takes out of this one, its title and why. */
    public record SplitRequest(List<String> sellerIds, String title, String reason) {
    }

    @POST
    @Path("/defendants")
    public LegalView addDefendant(@PathParam("caseId") String caseId, DefendantRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        return LegalView.of(investigating.addDefendant(caseId, new NameDefendant(request.sellerId(), request.role(),
                request.country(), request.name(), request.address(), request.reason()), caller.name()));
    }

    @POST
    @Path("/notes")
    public LegalView note(@PathParam("caseId") String caseId, NoteRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        return LegalView.of(investigating.note(caseId, request.text(), caller.name()));
    }

    /** This case takes in another one (OPEN or INVESTIGATING): its brands, defendants, totals; the other is CLOSED. */
    @POST
    @Path("/merge")
    public LegalView merge(@PathParam("caseId") String caseId, MergeRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        return LegalView.of(merging.merge(caseId, request.absorbedCaseId(), request.reason(), caller.name()));
    }

    /** A new case takes the chosen defendants out of this one: {@code 201} with the new case's legal view. */
    @POST
    @Path("/split")
    public Response split(@PathParam("caseId") String caseId, SplitRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        LegalView view = LegalView.of(merging.split(caseId, request.sellerIds(), request.title(), request.reason(),
                caller.name()));
        return Response.created(URI.create("/api/v1/cases/" + view.caseId())).entity(view).build();
    }
}
