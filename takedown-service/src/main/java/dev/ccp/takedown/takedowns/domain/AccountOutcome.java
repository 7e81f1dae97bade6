package dev.ccp.takedown.takedowns.domain;

/** What a reversal (a granted appeal, an upheld counter-notice) did to the seller's account. */
public enum AccountOutcome {
    /** This takedown had closed the account, and nothing else keeps it closed: it sells again. */
    REINSTATED,
    /** This takedown had closed it, but another takedown that stands closed it too. */
    KEPT_CLOSED,
    /** This takedown did not close the account. */
    NOT_CLOSED
}
