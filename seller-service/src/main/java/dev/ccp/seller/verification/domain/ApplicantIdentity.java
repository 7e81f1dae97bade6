package dev.ccp.seller.verification.domain;

import java.util.ArrayList;
import java.util.List;

/** The normalised identity attributes of one application. */
public final class ApplicantIdentity {
    private ApplicantIdentity() {
    }

    public static List<IdentityAttribute> of(String iban, String taxId, String documentCountry, String documentNumber,
            String email, String phone, String country, String deviceId, String ipAddress, String addressLine1,
            String postalCode, String addressCountry) {
        List<IdentityAttribute> attributes = new ArrayList<>();
        attributes.add(new IdentityAttribute(IdentityKind.BANK_ACCOUNT, IdentityNormaliser.bankAccount(iban)));
        attributes.add(new IdentityAttribute(IdentityKind.TAX_ID, IdentityNormaliser.taxId(taxId)));
        attributes.add(new IdentityAttribute(IdentityKind.DOCUMENT, IdentityNormaliser.document(documentCountry, documentNumber)));
        attributes.add(new IdentityAttribute(IdentityKind.EMAIL, IdentityNormaliser.email(email)));
        attributes.add(new IdentityAttribute(IdentityKind.PHONE, IdentityNormaliser.phone(phone, country)));
        if (deviceId != null && !deviceId.isBlank()) {
            attributes.add(new IdentityAttribute(IdentityKind.DEVICE, IdentityNormaliser.device(deviceId)));
        }
        if (ipAddress != null && !ipAddress.isBlank()) {
            attributes.add(new IdentityAttribute(IdentityKind.IP_ADDRESS, IdentityNormaliser.ipAddress(ipAddress)));
        }
        attributes.add(new IdentityAttribute(IdentityKind.ADDRESS,
                IdentityNormaliser.address(addressLine1, postalCode, addressCountry)));
        return attributes;
    }
}
