package dev.ccp.litigation.legal.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.litigation.legal.application.EnteringOutcome;
import dev.ccp.litigation.legal.application.FilingSuit;
import dev.ccp.litigation.legal.application.ReadingLegal;
import dev.ccp.litigation.legal.application.ReferringCase;
import dev.ccp.litigation.legal.domain.CaseOutcome;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Legal actions on a case: the civil filing, criminal referrals, the judgment or settlement. Legal staff act. */
@Path("/api/v1/cases/{caseId}/legal")
@Produces(MediaType.APPLICATION_JSON)
public class LegalResource {
    private final ReadingLegal reading;
    private final FilingSuit filing;
    private final ReferringCase referring;
    private final EnteringOutcome entering;
    private final Caller caller;

    LegalResource(ReadingLegal reading, FilingSuit filing, ReferringCase referring, EnteringOutcome entering,
            Caller caller) {
        this.reading = reading;
        this.filing = filing;
        this.referring = referring;
        this.entering = entering;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public LegalView get(@PathParam("caseId") String caseId) {
        return LegalView.of(reading.of(caseId));
    }

    /** Files the civil suit; the case becomes FILED. */
    @POST
    @Path("/filing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL)
    public LegalView file(@PathParam("caseId") String caseId, FilingRequest request) {
        return LegalView.of(filing.file(caseId, required(request).command(), caller.name()));
    }

    /** Refers the case to an agency; a case not yet FILED or REFERRED becomes REFERRED. */
    @POST
    @Path("/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL)
    public LegalView refer(@PathParam("caseId") String caseId, ReferralRequest request) {
        ReferralRequest r = required(request);
        return LegalView.of(referring.refer(caseId, r.agency(), r.jurisdiction(), r.summary(), r.reason(),
                caller.name()));
    }

    /** SENT → ACKNOWLEDGED → INVESTIGATING → PROSECUTED | DECLINED; any other move is a 409. */
    @POST
    @Path("/referrals/{referralId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL)
    public LegalView moveReferral(@PathParam("caseId") String caseId, @PathParam("referralId") String referralId,
            ReferralStatusRequest request) {
        ReferralStatusRequest r = required(request);
        return LegalView.of(referring.move(caseId, referralId, r.status(), r.note(), caller.name()));
    }

    /** The case becomes JUDGMENT; for the plaintiff, {@code case.judgment-entered} goes out. */
    @POST
    @Path("/judgment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL)
    public LegalView judgment(@PathParam("caseId") String caseId, OutcomeRequest request) {
        return LegalView.of(entering.enter(caseId, CaseOutcome.Kind.JUDGMENT, required(request).command(),
                caller.name()));
    }

    /** The case becomes SETTLED. */
    @POST
    @Path("/settlement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LEGAL)
    public LegalView settlement(@PathParam("caseId") String caseId, OutcomeRequest request) {
        return LegalView.of(entering.enter(caseId, CaseOutcome.Kind.SETTLEMENT, required(request).command(),
                caller.name()));
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "is required");
        }
        return request;
    }
}
