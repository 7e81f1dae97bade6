package dev.ccp.litigation.reports.domain;

/** What one report fact records; each comes from one event type (or two, for a removal). */
public enum FactKind {
    /** {@code seller.rejected}: an account attempt refused (a re-registration, or rejected on review). */
    SELLER_REJECTED,
    /** {@code seller.closed}. */
    SELLER_CLOSED,
    /** {@code listing.blocked}: screening or a moderator's verdict blocked the listing. */
    LISTING_BLOCKED,
    /** {@code listing.removed} or {@code takedown.listing-removed}: the listing was taken down. */
    LISTING_REMOVED,
    /** {@code violation-report.received}: a brand named the listing in a report. */
    LISTING_REPORTED,
    /** {@code takedown.inventory-held}: units held for destruction (subject: the takedown). */
    INVENTORY_HELD,
    /** {@code takedown.refund-issued}: one order paid back (subject: the refund). */
    REFUND_ISSUED
}
