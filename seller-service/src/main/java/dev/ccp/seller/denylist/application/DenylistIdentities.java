package dev.ccp.seller.denylist.application;

/**
 * Bar identities from selling: those of an account ({@code sellerId}), or attributes known from elsewhere (a court
 * order, a law-enforcement referral) for someone who may never have had an account here; or both.
 */
public record DenylistIdentities(String sellerId, Attributes attributes, String source, String reason) {

    /** Attributes as written anywhere; they are normalised and hashed, never stored in clear. */
    public record Attributes(String iban, String taxId, String email, String phone, String phoneCountry,
            String documentCountry, String documentNumber, String deviceId) {
    }
}
