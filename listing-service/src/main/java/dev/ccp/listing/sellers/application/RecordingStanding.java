package dev.ccp.listing.sellers.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerEvent;
import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.contracts.seller.SellerReinstated;
import dev.ccp.contracts.seller.SellerRejected;
import dev.ccp.contracts.seller.SellerReviewRequired;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.listing.screening.domain.SellerStanding;
import dev.ccp.listing.sellers.domain.KnownSeller;
import dev.ccp.listing.sellers.infrastructure.KnownSellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Writes a {@code seller.*} event into the local copy of sellers' standing; older news never overwrites newer. */
@ApplicationScoped
public class RecordingStanding {
    public static final Set<String> TYPES = Set.of(SellerRegistered.TYPE, SellerVerified.TYPE,
            SellerReviewRequired.TYPE, SellerRejected.TYPE, SellerSuspended.TYPE, SellerReinstated.TYPE,
            SellerClosed.TYPE);

    private final KnownSellerRepository known;

    RecordingStanding(KnownSellerRepository known) {
        this.known = known;
    }

    /** @return whether the seller's standing changed; screening reads the new one at once */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(EventEnvelope event) {
        SellerEvent payload = (SellerEvent) event.payload();
        SellerStanding status = switch (event.type()) {
            case SellerRegistered.TYPE -> SellerStanding.PENDING_REVIEW; // its decision follows in the same transaction
            case SellerVerified.TYPE, SellerReinstated.TYPE -> SellerStanding.VERIFIED;
            case SellerReviewRequired.TYPE -> SellerStanding.PENDING_REVIEW;
            case SellerRejected.TYPE -> SellerStanding.REJECTED;
            case SellerSuspended.TYPE -> SellerStanding.SUSPENDED;
            case SellerClosed.TYPE -> SellerStanding.CLOSED;
            default -> throw new IllegalArgumentException("not a seller standing event: " + event.type());
        };
        KnownSeller found = known.findByIdOptional(payload.sellerId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        KnownSeller seller = found != null ? found : new KnownSeller(payload.sellerId());
        if (!seller.changeStanding(status, event.time(), event.type())) {
            return false; // older news, or nothing new
        }
        if (payload instanceof SellerVerified verified) {
            seller.verifiedWith(verified.score(), verified.reasons().stream().map(r -> r.code())
                    .filter(code -> !code.equals("NO_BARRED_LINKS")).toList());
        }
        if (found == null) {
            known.persist(seller); // Hibernate inserts the state as it is now
        }
        known.flush();
        return true;
    }

    /** Whether the seller's standing, as recorded, is CLOSED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isClosed(String sellerId) {
        return known.standingOf(sellerId).map(s -> s.status() == SellerStanding.CLOSED).orElse(false);
    }
}
