package dev.ccp.takedown.takedowns.domain;

/** What overturned a takedown's finding. */
public enum ReversalCause {
    /** A trust admin granted the seller's appeal here (the reference is the appeal id). */
    APPEAL_GRANTED,
    /** A reviewer in listing-service upheld the seller's counter-notice (the reference is the counter-notice id). */
    COUNTER_NOTICE_UPHELD
}
