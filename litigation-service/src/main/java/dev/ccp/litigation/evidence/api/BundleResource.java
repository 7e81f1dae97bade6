package dev.ccp.litigation.evidence.api;

import dev.ccp.core.security.Roles;
import dev.ccp.litigation.evidence.application.BundlingEvidence;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;

/** {@code GET /api/v1/cases/{id}/bundle}: the court-ready ZIP (its VERIFY.txt says how to re-verify it). */
@Path("/api/v1/cases/{caseId}/bundle")
public class BundleResource {
    private final BundlingEvidence bundling;

    BundleResource(BundlingEvidence bundling) {
        this.bundling = bundling;
    }

    /** {@code ?since=M}: also prove the tree of M entries (an earlier bundle's) is a prefix of this one. */
    @GET
    @Produces("application/zip")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public Response bundle(@PathParam("caseId") String caseId, @QueryParam("since") Long since) {
        java.nio.file.Path file = bundling.bundle(caseId, since);
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body).header("Content-Disposition",
                "attachment; filename=\"case-" + caseId + "-evidence.zip\"").build();
    }
}
