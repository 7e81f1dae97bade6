package dev.ccp.listing.reports.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff ask which brands reported a listing, and when: a moderator weighing a verdict, an investigator dating
 * whether screening or a brand found it first (the yearly report's proactive figure).
 */
@Path("/api/v1/listings/{id}/violation-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Violation reports", description = "Brands' reports of infringing listings")
@SecurityRequirement(name = "jwt")
public class ListingReportsResource {
    /** More than any listing gathers in practice; the rest is for the brands' own report pages. */
    static final int MOST = 200;

    private final ViolationReportRepository reports;
    private final ListingRepository listings;
    private final StaffReportViews views;

    ListingReportsResource(ViolationReportRepository reports, ListingRepository listings, StaffReportViews views) {
        this.reports = reports;
        this.listings = listings;
        this.views = views;
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN})
    @Operation(summary = "The brands' reports naming the listing, oldest first (at most 200)",
            description = "Each report as staff read it at /api/v1/violation-reports/{id}, without its evidence: "
                    + "brand, type, when it was received and where each of its listings stands.")
    @APIResponse(responseCode = "404", description = "No such listing")
    public List<ViolationReportView> list(@PathParam("id") String id) {
        Listing listing = listings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("listing", id));
        return reports.reporting(listing.id, MOST).stream().map(views::of).toList();
    }
}
