package dev.ccp.takedown.appeals.domain;

/** What a granted appeal did to the seller's account. */
public enum AccountOutcome {
    /** This takedown had closed the account, and nothing else keeps it closed: it sells again. */
    REINSTATED,
    /** This takedown had closed it, but another takedown that stands closed it too. */
    KEPT_CLOSED,
    /** This takedown did not close the account. */
    NOT_CLOSED
}
