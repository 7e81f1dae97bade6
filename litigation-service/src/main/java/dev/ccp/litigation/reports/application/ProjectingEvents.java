package dev.ccp.litigation.reports.application;

import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingRemoved;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerRejected;
import dev.ccp.contracts.takedown.RefundIssued;
import dev.ccp.contracts.takedown.TakedownInventoryHeld;
import dev.ccp.contracts.takedown.TakedownListingRemoved;
import dev.ccp.core.inbox.RefusedEventException;
import dev.ccp.litigation.reports.domain.FactKind;
import dev.ccp.litigation.reports.domain.MinorUnits;
import dev.ccp.litigation.reports.domain.ReportFact;
import dev.ccp.litigation.reports.infrastructure.ReportFactRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns the events the report counts into its facts, dated by the event's own occurrence time. Runs inside the
 * consumer's transaction with its inbox row, so a re-delivered event writes nothing.
 */
@ApplicationScoped
public class ProjectingEvents {
    public static final Set<String> SELLER_TYPES = Set.of(SellerRejected.TYPE, SellerClosed.TYPE);
    public static final Set<String> LISTING_TYPES = Set.of(ListingBlocked.TYPE, ListingRemoved.TYPE,
            ViolationReportReceived.TYPE);
    public static final Set<String> TAKEDOWN_TYPES = Set.of(TakedownListingRemoved.TYPE, TakedownInventoryHeld.TYPE,
            RefundIssued.TYPE);

    private final ReportFactRepository facts;

    ProjectingEvents(ReportFactRepository facts) {
        this.facts = facts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        facts.store(factsOf(event.id(), event.payload(), event.time()));
    }

    /** @param announcedAt when the owner announced the event (its CloudEvent {@code time}) */
    static List<ReportFact> factsOf(String id, DomainEvent payload, Instant announcedAt) {
        if (payload instanceof SellerRejected e) {
            return List.of(ReportFact.of(id, FactKind.SELLER_REJECTED, e.sellerId(), e.decidedAt()));
        }
        if (payload instanceof SellerClosed e) {
            return List.of(ReportFact.of(id, FactKind.SELLER_CLOSED, e.sellerId(), e.closedAt()));
        }
        if (payload instanceof ListingBlocked e) {
            // a moderator's verdict blocks a listing screened earlier (when a brand's report held it, say): its
            // screenedAt is that screening's, and only the announcement says when the listing was blocked
            Instant blockedAt = e.cause() == ScreeningCause.REVIEWED && announcedAt != null ? announcedAt
                    : e.screenedAt();
            return List.of(ReportFact.of(id, FactKind.LISTING_BLOCKED, e.listingId(), blockedAt));
        }
        if (payload instanceof ListingRemoved e) {
            return List.of(ReportFact.of(id, FactKind.LISTING_REMOVED, e.listingId(), e.removedAt()));
        }
        if (payload instanceof ViolationReportReceived e) {
            return e.listingIds().stream().distinct()
                    .map(listing -> ReportFact.of(id, FactKind.LISTING_REPORTED, listing, e.receivedAt())).toList();
        }
        if (payload instanceof TakedownListingRemoved e) {
            return List.of(ReportFact.of(id, FactKind.LISTING_REMOVED, e.listingId(), e.removedAt()));
        }
        if (payload instanceof TakedownInventoryHeld e) {
            if (e.units() < 0) {
                throw new RefusedEventException("takedown " + e.takedownId() + " holds " + e.units() + " units");
            }
            return List.of(new ReportFact(id, FactKind.INVENTORY_HELD, e.takedownId(), e.heldAt(), e.units(), null,
                    null));
        }
        if (payload instanceof RefundIssued e) {
            return List.of(new ReportFact(id, FactKind.REFUND_ISSUED, e.refundId(), e.issuedAt(), minorUnits(e),
                    e.amount().currency(), e.customerId() != null ? "customer:" + e.customerId() : "order:" + e.orderId()));
        }
        throw new IllegalArgumentException("the report counts no " + payload.eventType());
    }

    private static long minorUnits(RefundIssued e) {
        try {
            return MinorUnits.of(e.amount().amount(), e.amount().currency());
        } catch (IllegalArgumentException bad) {
            throw new RefusedEventException("refund " + e.refundId() + ": " + bad.getMessage());
        }
    }
}
