package dev.ccp.seller.account.application;

import dev.ccp.contracts.seller.DecisionReason;
import dev.ccp.contracts.seller.SellerEvent;
import dev.ccp.contracts.seller.SellerRejected;
import dev.ccp.contracts.seller.SellerReviewRequired;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.seller.account.domain.Seller;
import java.util.List;

/** The event that announces an account's current verification decision. */
public final class DecisionEvents {
    private DecisionEvents() {
    }

    public static SellerEvent of(Seller seller) {
        List<DecisionReason> reasons = seller.verificationReasons.stream()
                .map(r -> new DecisionReason(r.code(), r.detail())).toList();
        return switch (seller.status) {
            case VERIFIED -> new SellerVerified(seller.id, seller.verificationScore, reasons, seller.decidedAt);
            case PENDING_REVIEW -> new SellerReviewRequired(seller.id, seller.verificationScore, reasons, seller.decidedAt);
            case REJECTED -> new SellerRejected(seller.id, seller.verificationScore, reasons, seller.decidedAt);
            default -> throw new IllegalStateException("no decision event for " + seller.status);
        };
    }
}
