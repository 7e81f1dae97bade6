package dev.ccp.seller.verification.application;

import java.time.LocalDate;

/** Open an account for someone who applies to sell, once the request's fields are present. */
public record RegisterSeller(String legalName, String displayName, String email, String phone, String country,
        Address address, String taxId, String iban, Document document, String deviceId, String ipAddress) {

    public record Address(String line1, String city, String postalCode, String country) {
    }

    public record Document(String type, String number, String country, LocalDate expiresOn) {
    }
}
