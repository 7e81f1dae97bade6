package dev.ccp.seller.verification.api;

import dev.ccp.seller.verification.application.RegisterSeller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the marketplace sends when someone applies to sell (the data sets' {@code application} object). */
@Schema(description = "A seller application as the marketplace's onboarding collects it")
public record SellerApplication(
        @NotBlank @Size(max = 200) String legalName,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 40) @Schema(description = "E.164 (+34...) or the country's own format") String phone,
        @NotNull @Pattern(regexp = ISO_COUNTRY, message = COUNTRY_MESSAGE) @Schema(description = "ISO 3166-1 alpha-2") String country,
        @NotNull @Valid Address address,
        @NotBlank @Size(max = 40) String taxId,
        @NotNull @Valid BankAccount bankAccount,
        @NotNull @Valid IdentityDocument document,
        @Size(max = 100) String deviceId,
        @Size(max = 45) String ipAddress) {

    static final String ISO_COUNTRY = "[A-Z]{2}";
    static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as ES or DE";

    /** The application as the use case takes it. */
    public RegisterSeller toCommand() {
        return new RegisterSeller(legalName, displayName, email, phone, country,
                new RegisterSeller.Address(address.line1(), address.city(), address.postalCode(), address.country()),
                taxId, bankAccount.iban(),
                new RegisterSeller.Document(document.type(), document.number(), document.country(),
                        document.expiresOn()),
                deviceId, ipAddress);
    }

    public record Address(
            @NotBlank @Size(max = 200) String line1,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 20) String postalCode,
            @NotNull @Pattern(regexp = ISO_COUNTRY, message = COUNTRY_MESSAGE) String country) {
    }

    public record BankAccount(@NotBlank @Size(max = 50) String iban) {
    }

    public record IdentityDocument(
            @NotNull @Pattern(regexp = "PASSPORT|NATIONAL_ID", message = "must be PASSPORT or NATIONAL_ID") String type,
            @NotBlank @Size(max = 40) String number,
            @NotNull @Pattern(regexp = ISO_COUNTRY, message = COUNTRY_MESSAGE) String country,
            @NotNull LocalDate expiresOn) {
    }
}
