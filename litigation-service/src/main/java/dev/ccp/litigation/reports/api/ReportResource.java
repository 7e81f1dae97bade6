package dev.ccp.litigation.reports.api;

import dev.ccp.core.security.Roles;
import dev.ccp.litigation.reports.application.ReadingReport;
import dev.ccp.litigation.reports.domain.BrandProtectionReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The yearly brand-protection report, as JSON or (with {@code Accept: text/csv}) one CSV line per figure. */
@Path("/api/v1/reports")
public class ReportResource {
    private final ReadingReport reading;

    ReportResource(ReadingReport reading) {
        this.reading = reading;
    }

    @GET
    @Path("/brand-protection")
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE})
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    @APIResponse(responseCode = "200", description = "the year's figures (UTC calendar year)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)),
            @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "400", description = "year missing, malformed or outside 2000..2100")
    public Response brandProtection(@QueryParam("year") String year, @Context HttpHeaders headers) {
        BrandProtectionReport report = reading.of(year);
        if (wantsCsv(headers)) {
            return Response.ok(ReportCsv.of(report), ReportCsv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "inline; filename=\"brand-protection-" + report.year() + ".csv\"")
                    .build();
        }
        return Response.ok(ReportView.of(report), MediaType.APPLICATION_JSON).build();
    }

    /** CSV only when the client prefers it to JSON; {@code *}{@code /*} or no Accept header gets JSON. */
    private static boolean wantsCsv(HttpHeaders headers) {
        MediaType csv = MediaType.valueOf(ReportCsv.MEDIA_TYPE);
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (accepted.isCompatible(csv)) {
                return true;
            }
        }
        return false;
    }
}
