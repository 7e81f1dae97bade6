package dev.ccp.seller.verification.domain;

import java.time.LocalDate;

/** The fields of an application the format checks read, independent of the API's request shape. */
public record ApplicationFields(String country, String addressCountry, String documentCountry, String email,
        String phone, String iban, LocalDate documentExpiresOn, String ipAddress) {
}
