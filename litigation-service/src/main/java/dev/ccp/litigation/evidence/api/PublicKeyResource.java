package dev.ccp.litigation.evidence.api;

import dev.ccp.core.security.Roles;
import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The Ed25519 public key tree heads are signed with, as PEM (what {@code openssl pkeyutl -pubin} reads). */
@Path("/api/v1/evidence/public-key")
public class PublicKeyResource {
    private final EvidenceKeys keys;

    PublicKeyResource(EvidenceKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces("application/x-pem-file")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public String publicKey() {
        return keys.publicPem();
    }
}
