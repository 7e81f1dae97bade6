package dev.ccp.listing.brand.api;

import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.listing.brand.application.DesignatingTrustedFlagger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff designate trusted flaggers (DSA Art. 22): brands whose reports the review queue takes first. */
@Path("/api/v1/brands/{id}/trusted-flagger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Brands")
@SecurityRequirement(name = "jwt")
public class TrustedFlaggerResource {
    private final DesignatingTrustedFlagger designating;
    private final Caller caller;

    TrustedFlaggerResource(DesignatingTrustedFlagger designating, Caller caller) {
        this.designating = designating;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed(Roles.TRUST_ADMIN)
    @Operation(summary = "Designate the brand a trusted flagger, or withdraw it",
            description = "Audited (who, when, the note). Listings a trusted flagger reports go ahead in the review "
                    + "queue. Setting what already stands changes nothing.")
    @APIResponse(responseCode = "200", description = "Where the brand now stands, with every change")
    @APIResponse(responseCode = "400", description = "trustedFlagger or note missing, or the note too long")
    @APIResponse(responseCode = "404", description = "No such brand")
    public TrustedFlaggerView designate(@PathParam("id") String id, @NotNull @Valid TrustedFlaggerRequest request) {
        return TrustedFlaggerView.of(designating.designate(id, request.trustedFlagger(), request.note(),
                caller.name()));
    }

    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN})
    @Operation(summary = "Whether the brand is a trusted flagger, and every designation and withdrawal")
    @APIResponse(responseCode = "404", description = "No such brand")
    public TrustedFlaggerView get(@PathParam("id") String id) {
        return TrustedFlaggerView.of(designating.standing(id));
    }
}
