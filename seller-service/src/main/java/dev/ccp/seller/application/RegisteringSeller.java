package dev.ccp.seller.application;

import dev.ccp.contracts.seller.DecisionReason;
import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.api.SellerApplication;
import dev.ccp.seller.domain.ApplicationFields;
import dev.ccp.seller.domain.ApplicationFormat;
import dev.ccp.seller.domain.Iban;
import dev.ccp.seller.domain.PhoneNumbers;
import dev.ccp.seller.domain.Reason;
import dev.ccp.seller.domain.Seller;
import dev.ccp.seller.domain.SellerStatus;
import dev.ccp.seller.infrastructure.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application arrives: check its formats, decide, open the account and tell the others. */
@ApplicationScoped
public class RegisteringSeller {
    static final Reason FORMATS_PASSED = new Reason("FORMAT_CHECKS_PASSED",
            "e-mail, phone, IBAN, countries and identity document passed the format checks");

    private final SellerRepository sellers;
    private final Outbox outbox;
    private final Clock clock;

    RegisteringSeller(SellerRepository sellers, Outbox outbox, Clock clock) {
        this.sellers = sellers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Seller register(SellerApplication application) {
        List<ApplicationFormat.Violation> violations = ApplicationFormat.check(fieldsOf(application),
                LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
        Instant now = clock.instant();
        Seller seller = open(application, now);
        seller.status = SellerStatus.VERIFIED;
        seller.verificationScore = 0;
        seller.verificationReasons = List.of(FORMATS_PASSED);
        seller.decidedAt = now;
        sellers.persist(seller);

        outbox.append(new SellerRegistered(seller.id, seller.displayName, seller.country, now));
        outbox.append(new SellerVerified(seller.id, seller.verificationScore, contractReasons(seller), now));
        return seller;
    }

    private static Seller open(SellerApplication application, Instant now) {
        Seller seller = new Seller();
        seller.id = UUID.randomUUID().toString();
        seller.legalName = application.legalName().strip();
        seller.displayName = application.displayName().strip();
        seller.email = application.email().strip();
        seller.phoneE164 = PhoneNumbers.toE164(application.phone(), application.country()).orElseThrow();
        seller.country = application.country();
        seller.addressLine1 = application.address().line1().strip();
        seller.addressCity = application.address().city().strip();
        seller.addressPostalCode = application.address().postalCode().strip();
        seller.addressCountry = application.address().country();
        String iban = Iban.normalise(application.bankAccount().iban());
        seller.ibanLast4 = iban.substring(iban.length() - 4);
        seller.documentType = application.document().type();
        seller.documentCountry = application.document().country();
        seller.documentExpiresOn = application.document().expiresOn();
        seller.submittedAt = now;
        return seller;
    }

    static List<DecisionReason> contractReasons(Seller seller) {
        return seller.verificationReasons.stream().map(r -> new DecisionReason(r.code(), r.detail())).toList();
    }

    private static ApplicationFields fieldsOf(SellerApplication a) {
        return new ApplicationFields(a.country(), a.address().country(), a.document().country(), a.email(),
                a.phone(), a.bankAccount().iban(), a.document().expiresOn(), a.ipAddress());
    }
}
