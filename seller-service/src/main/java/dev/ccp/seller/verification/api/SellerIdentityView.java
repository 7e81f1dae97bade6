package dev.ccp.seller.verification.api;

import dev.ccp.seller.account.domain.Seller;
import dev.ccp.seller.verification.application.ReadingIdentity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A seller's identity as the application gave it, for legal staff and litigation-service. Clear bank and document
 * numbers are never kept: they are answered masked, all but their last four characters.
 */
@Schema(description = "A seller's identity as the application gave it, with the accounts it links to")
public record SellerIdentityView(
        String sellerId,
        String legalName,
        String displayName,
        String country,
        String status,
        String email,
        @Schema(description = "E.164") String phone,
        Address address,
        @Schema(description = "As the application gave it; null for accounts opened before it was kept") String taxId,
        Document document,
        BankAccount bankAccount,
        List<LinkView> linkedAccounts) {

    private static final String MASK = "****";

    @Schema(name = "SellerIdentityAddress")
    public record Address(String line1, String city, String postalCode, String country) {
    }

    @Schema(name = "SellerIdentityDocument")
    public record Document(String type, String country,
            @Schema(description = "Masked but the last four characters; null when not kept") String number) {
    }

    @Schema(name = "SellerIdentityBankAccount")
    public record BankAccount(@Schema(description = "The IBAN masked but its last four characters") String iban) {
    }

    static SellerIdentityView of(ReadingIdentity.SellerIdentity identity) {
        Seller s = identity.seller();
        return new SellerIdentityView(s.id, s.legalName, s.displayName, s.country, s.status.name(), s.email,
                s.phoneE164, new Address(s.addressLine1, s.addressCity, s.addressPostalCode, s.addressCountry),
                s.taxId, new Document(s.documentType, s.documentCountry, masked(s.documentNumberLast4)),
                new BankAccount(masked(s.ibanLast4)), LinkView.grouped(identity.links()));
    }

    private static String masked(String last4) {
        return last4 == null ? null : MASK + last4;
    }
}
