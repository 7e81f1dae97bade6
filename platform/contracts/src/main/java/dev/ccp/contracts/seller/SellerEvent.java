package dev.ccp.contracts.seller;

import dev.ccp.contracts.DomainEvent;

/** Everything seller-service tells the others, on {@code sellers.v1}. */
public sealed interface SellerEvent extends DomainEvent
        permits SellerRegistered, SellerVerified, SellerReviewRequired, SellerRejected, SellerSuspended,
        SellerReinstated, SellerClosed {

    String sellerId();

    @Override
    default String aggregateId() {
        return sellerId();
    }
}
