package dev.ccp.listing.screening.domain;

/** Where the seller stands with seller-service, as far as this service knows. Only VERIFIED may publish. */
public enum SellerStanding {
    VERIFIED, PENDING_REVIEW, UNKNOWN, SUSPENDED, REJECTED, CLOSED;

    /** Barred for good: whatever the listing says, it is blocked. */
    public boolean barred() {
        return this == CLOSED || this == REJECTED;
    }
}
