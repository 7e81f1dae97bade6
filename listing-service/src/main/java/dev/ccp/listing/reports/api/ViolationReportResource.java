package dev.ccp.listing.reports.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff read brands' reports, evidence included. */
@Path("/api/v1/violation-reports/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Violation reports", description = "Brands' reports of infringing listings")
@SecurityRequirement(name = "jwt")
public class ViolationReportResource {
    private final ViolationReportRepository reports;
    private final StaffReportViews views;

    ViolationReportResource(ViolationReportRepository reports, StaffReportViews views) {
        this.reports = reports;
        this.views = views;
    }

    /** The report as the brand sees it, plus who filed it and the evidence. */
    public record StaffView(ViolationReportView report, String reportedBy, com.fasterxml.jackson.databind.JsonNode evidence) {
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN})
    @Operation(summary = "A brand's report, its evidence, and where each listing stands")
    @APIResponse(responseCode = "404", description = "No such report")
    public StaffView get(@PathParam("id") String id) {
        ViolationReport report = reports.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("violation report", id));
        return new StaffView(views.of(report), report.reportedBy, report.evidence);
    }
}
