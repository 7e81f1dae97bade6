package dev.ccp.takedown.statements.api;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.statements.application.ReadingStatements;
import dev.ccp.takedown.statements.domain.TransparencyDatabaseEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Statements of reasons: staff read them; the export feeds the DSA Transparency Database. */
@Path("/api/v1/statements-of-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements of reasons", description = "EU DSA Art. 17 statements for removed listings and closed accounts")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE})
public class StatementResource {
    private final ReadingStatements reading;
    private final Duration maxRange;

    StatementResource(ReadingStatements reading, TakedownConfig config) {
        this.reading = reading;
        this.maxRange = config.statements().maxExportRange();
    }

    @GET
    @Operation(summary = "Export in the DSA Transparency Database's format, or a takedown's statements",
            description = "With ?from=&to= (required; [from, to), at most takedown.statements.max-export-range "
                    + "apart) a page {statements, page, size, total} of at most 100 entries in the database's "
                    + "submission format, oldest first, with no personal data. With ?takedownId= instead, the "
                    + "takedown's statements as staff read them (a plain array).")
    @APIResponse(responseCode = "200", description = "A page of the export, or a takedown's statements")
    @APIResponse(responseCode = "400", description = "from, to, page or size missing or invalid")
    public Object list(@QueryParam("takedownId") String takedownId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (takedownId != null) {
            if (takedownId.isBlank() || from != null || to != null) {
                throw ProblemException.badRequest("takedownId", "a takedown id, without from and to");
            }
            return reading.ofTakedown(takedownId).stream().map(StatementView::of).toList();
        }
        ExportWindow window = ExportWindow.of(from, to, page, size, maxRange);
        ReadingStatements.Batch batch = reading.issuedBetween(window.from(), window.to(), window.page(),
                window.size());
        List<TransparencyDatabaseEntry> entries = batch.items().stream().map(TransparencyDatabaseEntry::of).toList();
        return new TransparencyDatabaseBatch(entries, window.page(), window.size(), batch.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One statement of reasons")
    @APIResponse(responseCode = "200", description = "The statement, what the seller was told and its export")
    @APIResponse(responseCode = "404", description = "No such statement")
    public StatementView get(@PathParam("id") String id) {
        return StatementView.of(reading.byId(id));
    }
}
