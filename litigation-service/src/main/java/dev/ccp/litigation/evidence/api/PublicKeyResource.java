package dev.ccp.litigation.evidence.api;

import dev.ccp.core.security.Roles;
import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The Ed25519 public keys tree heads are signed with, as PEM (what {@code openssl pkeyutl -pubin} reads). */
@Path("/api/v1/evidence")
@RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
public class PublicKeyResource {
    private final EvidenceKeys keys;

    PublicKeyResource(EvidenceKeys keys) {
        this.keys = keys;
    }

    /** A key as listed: its id (SHA-256 of its DER form, the {@code keyId} heads name), whether it signs new heads. */
    public record PublicKeyView(String keyId, boolean current, String publicKey) {
    }

    @GET
    @Path("/public-key")
    @Produces("application/x-pem-file")
    @Operation(summary = "The current key, the one new tree heads are signed with")
    public String publicKey() {
        return keys.publicPem();
    }

    @GET
    @Path("/public-keys")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every key a tree head may name: the current one first, then the retired ones",
            description = "Retired keys signed heads before a rotation; they verify those heads and sign nothing new.")
    public List<PublicKeyView> publicKeys() {
        return keys.published().stream().map(k -> new PublicKeyView(k.keyId(), k.current(), k.pem())).toList();
    }
}
