package dev.ccp.seller.verification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The format checks of an application: everything a person typed wrong or a throw-away identity,
 * found in one pass so the applicant sees every problem at once. Presence of fields is checked before.
 */
public final class ApplicationFormat {

    /** One field and what is wrong with it, named by its path in the request. */
    public record Violation(String field, String message) {
    }

    private ApplicationFormat() {
    }

    public static List<Violation> check(ApplicationFields a, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (!Countries.isIsoAlpha2(a.country())) {
            problems.add(new Violation("country", "must be an ISO 3166-1 alpha-2 code such as ES or DE"));
        }
        if (!Countries.isIsoAlpha2(a.addressCountry())) {
            problems.add(new Violation("address.country", "must be an ISO 3166-1 alpha-2 code such as ES or DE"));
        }
        if (!Countries.isIsoAlpha2(a.documentCountry())) {
            problems.add(new Violation("document.country", "must be an ISO 3166-1 alpha-2 code such as ES or DE"));
        }
        EmailAddresses.problem(a.email()).ifPresent(p -> problems.add(new Violation("email", p)));
        String region = Countries.isIsoAlpha2(a.country()) ? a.country() : null;
        if (PhoneNumbers.toE164(a.phone(), region).isEmpty()) {
            problems.add(new Violation("phone", "is not a phone number in E.164 (+CC...) or in the country's own format"));
        }
        Iban.problem(a.iban()).ifPresent(p -> problems.add(new Violation("bankAccount.iban", p)));
        if (a.documentExpiresOn() != null && !a.documentExpiresOn().isAfter(today)) {
            problems.add(new Violation("document.expiresOn", "the identity document expired on " + a.documentExpiresOn()));
        }
        if (a.ipAddress() != null && !a.ipAddress().isBlank() && !IpAddresses.isLiteral(a.ipAddress())) {
            problems.add(new Violation("ipAddress", "is not an IPv4 or IPv6 address"));
        }
        return problems;
    }
}
