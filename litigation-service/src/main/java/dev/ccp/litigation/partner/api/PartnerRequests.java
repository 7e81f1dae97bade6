package dev.ccp.litigation.partner.api;

import dev.ccp.litigation.partner.application.AuthenticationResult;
import java.util.List;

/** The bodies the partner case API takes. */
public final class PartnerRequests {
    private PartnerRequests() {
    }

    /** {@code POST …/authentication-results}. */
    public record AuthenticationResults(List<AuthenticationResult> results) {
    }

    /** {@code POST …/co-plaintiff}: optionally the Ed25519 public key the brand will countersign with. */
    public record JoinSuit(String publicKey) {
    }

    /** {@code POST …/tree-heads/{treeSize}/countersignature}: base64 signature over the head's statement. */
    public record Countersign(String signature, String publicKey) {
    }
}
