package dev.ccp.seller.denylist.api;

import dev.ccp.seller.denylist.application.DenylistIdentities;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Bars identities from selling: every identity of an account ({@code sellerId}) but its network address, or
 * attributes known from elsewhere (a court order, a law-enforcement referral) for someone who may never have had an
 * account here.
 */
public record DenylistRequest(
        @Size(max = 100) String sellerId,
        @Valid Attributes attributes,
        @NotBlank @Size(max = 200) String source,
        @NotBlank @Size(max = 500) String reason) {

    public DenylistIdentities toCommand() {
        return new DenylistIdentities(sellerId, attributes == null ? null : attributes.toCommand(), source, reason);
    }

    /** Attributes as written anywhere; they are normalised and hashed, never stored in clear. */
    public record Attributes(
            @Size(max = 50) String iban,
            @Size(max = 40) String taxId,
            @Size(max = 254) String email,
            @Size(max = 40) String phone,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as ES or DE") String phoneCountry,
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as ES or DE") String documentCountry,
            @Size(max = 40) String documentNumber,
            @Size(max = 100) String deviceId) {

        DenylistIdentities.Attributes toCommand() {
            return new DenylistIdentities.Attributes(iban, taxId, email, phone, phoneCountry, documentCountry,
                    documentNumber, deviceId);
        }
    }
}
