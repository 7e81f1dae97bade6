package dev.ccp.listing.reports.api;

import dev.ccp.core.partner.PartnerPaths;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.reports.application.ReportingViolation;
import dev.ccp.listing.reports.domain.Disputes;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.infrastructure.ReportedListingRepository;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A brand reports listings that infringe its rights and follows each one; it sees only its own reports. */
@Extension(name = PartnerPaths.OPENAPI_PROFILE, value = "") // in the brands' own OpenAPI document
@Path("/partner/v1/violation-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
@Tag(name = "Partner: violation reports", description = "Report up to 500 listings at once and follow them")
@SecurityRequirement(name = "partner")
public class PartnerViolationReportResource {
    private final ReportingViolation reporting;
    private final ViolationReportRepository reports;
    private final ListingRepository listings;
    private final ReportedListingRepository items;
    private final Disputes disputes;
    private final Caller caller;

    PartnerViolationReportResource(ReportingViolation reporting, ViolationReportRepository reports,
            ListingRepository listings, ReportedListingRepository items, Disputes disputes, Caller caller) {
        this.reporting = reporting;
        this.reports = reports;
        this.listings = listings;
        this.items = items;
        this.disputes = disputes;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Report listings", description = "Every listing joins the moderators' review queue. A "
            + "report holds a listing (screened again with it before the answer) only when the listing relates to "
            + "the brand (its words, products or images) and the brand's open reports hold fewer listings than its "
            + "quota; otherwise the listing stays on sale until a moderator decides, and its item says QUEUED with "
            + "queuedBecause UNRELATED or OVER_QUOTA.")
    @APIResponse(responseCode = "201", description = "Filed; its id follows the listings' review")
    @APIResponse(responseCode = "400", description = "A field is malformed or a listing id unknown; nothing is stored")
    public Response report(@NotNull @Valid ViolationReportRequest request, @Context UriInfo uri) {
        ReportingViolation.Filed filed = reporting.report(caller.brandId(), request.toCommand(), caller.name());
        return Response.created(uri.getAbsolutePathBuilder().path(filed.report().id).build())
                .entity(ViolationReportView.of(filed.report(), filed.listings(), filed.dispositions(), Map.of())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A report and where each of its listings stands")
    @APIResponse(responseCode = "404", description = "No such report filed by this brand")
    public ViolationReportView get(@PathParam("id") String id) {
        ViolationReport report = reports.findByIdOptional(id).filter(r -> r.brandId.equals(caller.brandId()))
                .orElseThrow(() -> ProblemException.notFound("violation report", id));
        return ViolationReportView.of(report, listings.byIds(report.listingIds), items.dispositions(report.id),
                disputes.onReport(report.id));
    }
}
