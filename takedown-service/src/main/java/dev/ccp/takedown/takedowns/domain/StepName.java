package dev.ccp.takedown.takedowns.domain;

/** The steps of every takedown, in the order they run. */
public enum StepName {
    /** listing-service takes the listing down. */
    REMOVE_LISTING,
    /** The seller's stock of it is held for destruction. */
    HOLD_INVENTORY,
    /** Every paying buyer is refunded, once. */
    REFUND_BUYERS,
    /** A strike, and the account closed when the policy says so. */
    APPLY_ACCOUNT_POLICY,
    /** A statement of reasons for each action against the seller. */
    ISSUE_STATEMENTS
}
