package dev.ccp.seller.verification.application;

import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.account.application.DecisionEvents;
import dev.ccp.seller.account.domain.Reason;
import dev.ccp.seller.account.domain.Seller;
import dev.ccp.seller.account.domain.SellerDecision;
import dev.ccp.seller.account.infrastructure.SellerDecisionRepository;
import dev.ccp.seller.account.infrastructure.SellerRepository;
import dev.ccp.seller.config.SellerConfig;
import dev.ccp.seller.verification.domain.ApplicantIdentity;
import dev.ccp.seller.verification.domain.ApplicationFields;
import dev.ccp.seller.verification.domain.ApplicationFormat;
import dev.ccp.seller.verification.domain.Evidence;
import dev.ccp.seller.verification.domain.Iban;
import dev.ccp.seller.verification.domain.IdentityAttribute;
import dev.ccp.seller.verification.domain.IdentityKind;
import dev.ccp.seller.verification.domain.IdentityNormaliser;
import dev.ccp.seller.verification.domain.PhoneNumbers;
import dev.ccp.seller.verification.domain.ShopNames;
import dev.ccp.seller.verification.domain.VerificationPolicy;
import dev.ccp.seller.verification.domain.VerificationRules;
import dev.ccp.seller.verification.infrastructure.HashedAttribute;
import dev.ccp.seller.verification.infrastructure.IdentityGraph;
import dev.ccp.seller.verification.infrastructure.IdentityHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An application arrives: check its formats, look its identity up in the graph of known accounts, decide, open
 * the account and tell the others. A sign-up burst also sends the burst's earlier verified accounts to review.
 */
@ApplicationScoped
public class RegisteringSeller {
    static final String SYSTEM = "system";

    private final SellerRepository sellers;
    private final SellerDecisionRepository decisions;
    private final IdentityGraph graph;
    private final IdentityHasher hasher;
    private final Outbox outbox;
    private final Clock clock;
    private final VerificationRules rules;
    private final VerificationPolicy policy;

    RegisteringSeller(SellerRepository sellers, SellerDecisionRepository decisions, IdentityGraph graph,
            IdentityHasher hasher, Outbox outbox, Clock clock, SellerConfig config) {
        this.sellers = sellers;
        this.decisions = decisions;
        this.graph = graph;
        this.hasher = hasher;
        this.outbox = outbox;
        this.clock = clock;
        this.rules = VerificationRules.of(config.verification());
        this.policy = new VerificationPolicy(rules);
    }

    @Transactional
    public Seller register(RegisterSeller application) {
        List<ApplicationFormat.Violation> violations = ApplicationFormat.check(fieldsOf(application),
                LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
        Instant now = clock.instant();
        List<HashedAttribute> identity = hasher.hashAll(identityOf(application));
        Seller seller = open(application, now);

        Evidence evidence = gather(identity, seller.displayNameNorm, now);
        VerificationPolicy.Decision decision = policy.decide(evidence);
        seller.verify(decision.status(), decision.score(), decision.reasons(), SYSTEM, now);
        sellers.persist(seller);
        sellers.flush(); // the identity rows and the decision reference the account
        graph.recordApplicant(identity, SellerDecision.of(seller, SYSTEM, null));

        outbox.append(new SellerRegistered(seller.id, seller.displayName, seller.country, now));
        outbox.append(DecisionEvents.of(seller));
        if (evidence.deviceSignups() >= rules.deviceBurstSize()) {
            reviewEarlierSignups(find(identity, IdentityKind.DEVICE), seller.id, "DEVICE_SIGNUP_BURST",
                    "one device", now);
        }
        if (evidence.networkSignups() >= rules.networkBurstSize()) {
            reviewEarlierSignups(find(identity, IdentityKind.IP_ADDRESS), seller.id, "NETWORK_SIGNUP_BURST",
                    "one network address", now);
        }
        return seller;
    }

    private Evidence gather(List<HashedAttribute> identity, String shopName, Instant now) {
        Set<IdentityKind> strongBarred = EnumSet.noneOf(IdentityKind.class);
        Set<IdentityKind> strongActive = EnumSet.noneOf(IdentityKind.class);
        Set<IdentityKind> weakBarred = EnumSet.noneOf(IdentityKind.class);
        IdentityGraph.Applicant known = graph.lookUp(identity, shopName, now.minus(rules.velocityWindow()));
        for (IdentityGraph.Match match : known.matches()) {
            if (match.kind().strong()) {
                (match.barred() ? strongBarred : strongActive).add(match.kind());
            } else if (match.barred()) {
                weakBarred.add(match.kind());
            }
        }
        for (IdentityKind kind : known.denylisted()) {
            (kind.strong() ? strongBarred : weakBarred).add(kind);
        }
        // A device shared within a burst is velocity, not a second account of one actor: counted once, below.
        int deviceSignups = known.signupsSince(IdentityKind.DEVICE) + 1;
        int networkSignups = known.signupsSince(IdentityKind.IP_ADDRESS) + 1;
        if (deviceSignups >= rules.deviceBurstSize()) {
            strongActive.remove(IdentityKind.DEVICE);
        }
        boolean variant = false;
        boolean same = false;
        for (String barred : known.barredShopNames()) {
            ShopNames.Relation relation = ShopNames.relate(shopName, barred);
            variant |= relation == ShopNames.Relation.VARIANT;
            same |= relation == ShopNames.Relation.EXACT;
        }
        return new Evidence(strongBarred, strongActive, weakBarred, variant, same, deviceSignups, networkSignups);
    }

    /** The accounts of one burst that were verified before it showed go to review too; others keep their status. */
    private void reviewEarlierSignups(Optional<HashedAttribute> shared, String newcomer, String code, String what,
            Instant now) {
        if (shared.isEmpty()) {
            return;
        }
        List<String> burst = graph.signupsSince(shared.get(), now.minus(rules.velocityWindow()));
        for (String id : burst) {
            if (id.equals(newcomer)) {
                continue;
            }
            Seller earlier = sellers.findById(id);
            Reason reason = new Reason(code, burst.size() + " sign-ups from " + what + " within the velocity window");
            if (!earlier.returnToReview(reason, rules.reviewThreshold(), SYSTEM, now)) {
                continue;
            }
            decisions.persist(SellerDecision.of(earlier, SYSTEM, "sign-up burst found after verification"));
            outbox.append(DecisionEvents.of(earlier));
        }
    }

    private static Optional<HashedAttribute> find(List<HashedAttribute> identity, IdentityKind kind) {
        return identity.stream().filter(a -> a.kind() == kind).findFirst();
    }

    private static List<IdentityAttribute> identityOf(RegisterSeller a) {
        return ApplicantIdentity.of(a.iban(), a.taxId(), a.document().country(), a.document().number(),
                a.email(), a.phone(), a.country(), a.deviceId(), a.ipAddress(), a.address().line1(),
                a.address().postalCode(), a.address().country());
    }

    private static Seller open(RegisterSeller application, Instant now) {
        Seller seller = new Seller();
        seller.id = UUID.randomUUID().toString();
        seller.legalName = application.legalName().strip();
        seller.displayName = application.displayName().strip();
        seller.displayNameNorm = IdentityNormaliser.shopName(seller.displayName);
        seller.email = application.email().strip();
        seller.phoneE164 = PhoneNumbers.toE164(application.phone(), application.country()).orElseThrow();
        seller.country = application.country();
        seller.addressLine1 = application.address().line1().strip();
        seller.addressCity = application.address().city().strip();
        seller.addressPostalCode = application.address().postalCode().strip();
        seller.addressCountry = application.address().country();
        String iban = Iban.normalise(application.iban());
        seller.ibanLast4 = last4(iban);
        seller.documentType = application.document().type();
        seller.documentCountry = application.document().country();
        seller.documentNumberLast4 = last4(application.document().number().strip());
        seller.taxId = application.taxId().strip();
        seller.documentExpiresOn = application.document().expiresOn();
        seller.submittedAt = now;
        return seller;
    }

    private static String last4(String value) {
        return value.substring(Math.max(0, value.length() - 4));
    }

    private static ApplicationFields fieldsOf(RegisterSeller a) {
        return new ApplicationFields(a.country(), a.address().country(), a.document().country(), a.email(),
                a.phone(), a.iban(), a.document().expiresOn(), a.ipAddress());
    }
}
