package dev.ccp.litigation.legal.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.litigation.legal.application.InvestigatingCase;
import dev.ccp.litigation.legal.application.NameDefendant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Investigators add defendants and notes to a case after opening; both are audited and in the ledger. */
@Path("/api/v1/cases/{caseId}/investigation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL})
public class InvestigationResource {
    private final InvestigatingCase investigating;
    private final Caller caller;

    InvestigationResource(InvestigatingCase investigating, Caller caller) {
        this.investigating = investigating;
        this.caller = caller;
    }

    public record DefendantRequest(String sellerId, String role, String country, String name, String address,
            String reason) {
    }

    public record NoteRequest(String text) {
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
}
