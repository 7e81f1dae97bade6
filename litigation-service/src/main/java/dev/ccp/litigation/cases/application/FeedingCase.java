package dev.ccp.litigation.cases.application;

import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.PromotionReported;
import dev.ccp.contracts.takedown.TakedownCompleted;
import dev.ccp.contracts.takedown.TakedownReversed;
import dev.ccp.core.inbox.RefusedEventException;
import dev.ccp.litigation.cases.application.CaseLedger.Entry;
import dev.ccp.litigation.cases.domain.Defendant;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.infrastructure.CaseRepository;
import dev.ccp.litigation.cases.infrastructure.IntakeRepository;
import dev.ccp.litigation.cases.infrastructure.StatusChangeRepository;
import dev.ccp.litigation.config.LitigationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What one enforcement fact adds to a case: its ledger entries (each once: the source event id says which), its
 * defendants and its totals. A total moves only with the row that makes its fact the case's (case_listing,
 * case_takedown by takedown id, case_closed_account), so a fact applied twice, under whichever event id, or
 * brought by a merged case, counts once.
 */
@ApplicationScoped
class FeedingCase {
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final CaseRepository cases;
    private final StatusChangeRepository changes;
    private final IntakeRepository intake;
    private final SellerDirectory directory;
    private final BrandRegistry brands;
    private final CaseLedger ledger;
    private final PublishingCaseEvents events;
    private final String actor;
    private final Clock clock;

    FeedingCase(CaseRepository cases, StatusChangeRepository changes, IntakeRepository intake,
            SellerDirectory directory, BrandRegistry brands, CaseLedger ledger, PublishingCaseEvents events,
            LitigationConfig config, Clock clock) {
        this.cases = cases;
        this.changes = changes;
        this.intake = intake;
        this.directory = directory;
        this.brands = brands;
        this.ledger = ledger;
        this.events = events;
        this.actor = config.intake().actor();
        this.clock = clock;
    }

    /** Opens the brand's case against the whole cluster, each seller with its identity in the ledger. */
    @Transactional(Transactional.TxType.MANDATORY)
    LitigationCase open(String brandId, Cluster cluster, String cause) {
        // Staff read the title first: the seller by name (its id when seller-service has none), the brand by its
        // registered name (its id when listing-service has none; an outage of either holds the event instead).
        String brand = brands.nameOf(brandId).orElse("brand " + brandId);
        Instant now = clock.instant();
        List<SellerDirectory.SellerIdentity> identities = new ArrayList<>();
        List<Defendant> defendants = new ArrayList<>();
        for (String sellerId : cluster.sellerIds()) {
            SellerDirectory.SellerIdentity identity = directory.identityOf(sellerId);
            identities.add(identity);
            defendants.add(seller(identity, now));
        }
        String named = identities.get(0).legalName() != null ? identities.get(0).legalName()
                : "seller " + cluster.sellerId();
        String title = named + (cluster.links().isEmpty() ? "" : " and " + cluster.links().size() + " linked account"
                + (cluster.links().size() == 1 ? "" : "s")) + ": counterfeits of " + brand;
        LitigationCase.Opened opened = LitigationCase.open(title, Set.of(brandId), defendants, actor, now);
        cases.persist(opened.litigationCase());
        changes.persist(opened.change());
        events.opened(opened.litigationCase(), cause);
        for (SellerDirectory.SellerIdentity identity : identities) {
            identified(opened.litigationCase(), identity, cause);
        }
        return opened.litigationCase();
    }

    /** Names the cluster's sellers the case does not name yet, each with its identity in the ledger. */
    @Transactional(Transactional.TxType.MANDATORY)
    void join(LitigationCase litigationCase, Cluster cluster, String cause) {
        Set<String> named = new java.util.HashSet<>();
        litigationCase.defendants().forEach(d -> named.add(d.sellerId()));
        for (String sellerId : cluster.sellerIds()) {
            if (!named.contains(sellerId)) {
                SellerDirectory.SellerIdentity identity = directory.identityOf(sellerId);
                litigationCase.addDefendant(seller(identity, clock.instant()), clock.instant());
                identified(litigationCase, identity, cause);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void confirmation(LitigationCase litigationCase, String eventId, ListingCounterfeitConfirmed confirmed) {
        String id = litigationCase.id();
        ledger.record(id, Entry.LISTING_SNAPSHOT, IntakeContent.snapshot(confirmed), eventId, actor);
        ledger.record(id, Entry.SCREENING_REPORT, IntakeContent.screening(confirmed), eventId + ":screening-report",
                actor);
        if (intake.addListing(id, confirmed.listingId(), confirmed.sellerId())) {
            litigationCase.countListing(clock.instant());
        }
    }

    /**
     * A takedown counts, and is recorded, once per case by its takedown id: the same takedown under another event id
     * (a replay upstream) or one the case took in from a case merged into it is known already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void takedown(LitigationCase litigationCase, String eventId, TakedownCompleted completed) {
        Map<String, Long> refunded = minorUnits(eventId, completed);
        String id = litigationCase.id();
        if (!intake.addTakedown(id, completed.takedownId(), completed.listingId(), completed.sellerId(),
                completed.unitsHeld(), completed.refundsIssued(), refunded)) {
            return;
        }
        litigationCase.countTakedown(completed.unitsHeld(), completed.refundsIssued(), refunded, clock.instant());
        ledger.record(id, Entry.TAKEDOWN_RECORD, IntakeContent.takedown(completed), eventId, actor);
        if (completed.refundsIssued() > 0 || completed.refundsFailed() > 0 || !completed.refunds().isEmpty()) {
            ledger.record(id, Entry.REFUND_RECORD, IntakeContent.refunds(completed), eventId + ":refund-record", actor);
        }
    }

    /**
     * A takedown of the case was reversed: recorded once, as a NOTE investigators and a court see beside the takedown
     * it overturns. The totals stay: the stock was held and the buyers were refunded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void reversal(LitigationCase litigationCase, TakedownReversed reversed) {
        // keyed by the takedown, not the event: the same reversal announced again is the same fact
        ledger.record(litigationCase.id(), Entry.NOTE, IntakeContent.reversal(reversed),
                "takedown-reversed:" + reversed.takedownId(), actor);
    }

    /** The post as evidence, and the account behind it named as an INFLUENCER defendant. */
    @Transactional(Transactional.TxType.MANDATORY)
    void promotion(LitigationCase litigationCase, String eventId, PromotionReported promotion) {
        String id = litigationCase.id();
        ledger.record(id, Entry.SOCIAL_MEDIA_POST, IntakeContent.post(promotion), eventId, actor);
        String handle = promotion.accountHandle();
        if (handle != null && !handle.isBlank() && litigationCase.addDefendant(
                new Defendant(handle, "INFLUENCER", null, handle, null, actor, clock.instant()), clock.instant())) {
            ledger.record(id, Entry.NOTE, IntakeContent.influencer(promotion), eventId + ":influencer", actor);
        }
    }

    /** Counts the seller's closed account in the case, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    void closedAccount(LitigationCase litigationCase, String sellerId) {
        if (intake.isClosed(sellerId) && intake.addClosedAccount(litigationCase.id(), sellerId)) {
            litigationCase.countClosedAccount(clock.instant());
        }
    }

    private void identified(LitigationCase litigationCase, SellerDirectory.SellerIdentity identity, String cause) {
        ledger.record(litigationCase.id(), Entry.SELLER_IDENTITY, IntakeContent.identity(identity),
                cause + ":seller-identity:" + identity.sellerId(), actor);
        closedAccount(litigationCase, identity.sellerId());
    }

    private Defendant seller(SellerDirectory.SellerIdentity identity, Instant now) {
        String country = identity.country() != null && COUNTRY.matcher(identity.country()).matches()
                ? identity.country() : null;
        return new Defendant(identity.sellerId(), "SELLER", country, identity.legalName(), null, actor, now);
    }

    /** The refunds per currency in minor units; an amount its currency cannot hold refuses the event. */
    private static Map<String, Long> minorUnits(String eventId, TakedownCompleted completed) {
        Map<String, Long> minor = new TreeMap<>();
        for (TakedownCompleted.RefundedAmount refund : completed.refunds()) {
            try {
                Currency currency = Currency.getInstance(refund.amount().currency());
                BigDecimal units = refund.amount().amount().movePointRight(currency.getDefaultFractionDigits());
                minor.merge(currency.getCurrencyCode(), units.longValueExact(), Math::addExact);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new RefusedEventException("takedown.completed " + eventId + " refunds "
                        + refund.amount().amount() + " " + refund.amount().currency()
                        + ", which is not an amount of an ISO 4217 currency");
            }
        }
        return minor;
    }
}
