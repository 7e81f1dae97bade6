package dev.ccp.seller.account.domain;

/** Where an account stands. Only VERIFIED sellers may list. */
public enum SellerStatus {
    VERIFIED, PENDING_REVIEW, REJECTED, SUSPENDED, CLOSED
}
