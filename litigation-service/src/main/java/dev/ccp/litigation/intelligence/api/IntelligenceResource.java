package dev.ccp.litigation.intelligence.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ccp.core.paging.Page;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.litigation.intelligence.application.ExportingIntelligence;
import dev.ccp.litigation.intelligence.application.ReadingExports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Confirmed counterfeiters' identities, addresses, ship-from locations and linked accounts for law enforcement, as
 * NDJSON, and the record of every such export. Legal staff only.
 */
@Path("/api/v1/intelligence")
@RolesAllowed(Roles.LEGAL)
public class IntelligenceResource {
    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExportingIntelligence exporting;
    private final ReadingExports reading;
    private final Caller caller;

    IntelligenceResource(ExportingIntelligence exporting, ReadingExports reading, Caller caller) {
        this.exporting = exporting;
        this.reading = reading;
        this.caller = caller;
    }

    @GET
    @Produces(NDJSON)
    @Operation(summary = "Export confirmed counterfeiters for an agency",
            description = "One JSON object a line per SELLER defendant of a confirmed case (docs/api.md says what "
                    + "confirmed means). Recorded (GET /api/v1/intelligence/exports, and a NOTE in each case's "
                    + "ledger) before the first line is sent.")
    @APIResponse(responseCode = "200", description = "The records; headers X-Export-Id and X-Export-Records")
    @APIResponse(responseCode = "400", description = "agency or purpose missing or invalid")
    @APIResponse(responseCode = "404", description = "caseId names no case")
    @APIResponse(responseCode = "409", description = "caseId names a case that is not confirmed")
    @APIResponse(responseCode = "413", description = "More counterfeiters than litigation.intelligence.max-records")
    public Response export(
            @Parameter(description = "The receiving agency, one of the referral agencies (IPR_CENTER, CBP, …)")
            @QueryParam("agency") String agency,
            @Parameter(description = "Why it is shared (at most 500 characters), kept with the export")
            @QueryParam("purpose") String purpose,
            @Parameter(description = "Only this case (it must be confirmed)") @QueryParam("caseId") String caseId) {
        ExportingIntelligence.Export export = exporting.export(agency, purpose, caseId, caller.name());
        StreamingOutput lines = out -> {
            for (ObjectNode record : export.records()) {
                out.write(JSON.writeValueAsBytes(record));
                out.write('\n');
            }
        };
        return Response.ok(lines, NDJSON).header("X-Export-Id", export.export().id())
                .header("X-Export-Records", export.records().size()).build();
    }

    @GET
    @Path("/exports")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every intelligence export, newest first: {items, page, size, total} (size at most 100)")
    public Page<ExportView> exports(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ReadingExports.Slice slice = reading.page(page, size);
        return new Page<>(slice.items().stream().map(ExportView::of).toList(), slice.page(), slice.size(),
                slice.total());
    }
}
