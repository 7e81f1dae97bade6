package dev.ccp.takedown.refunds.domain;

/** PENDING until the provider answers; ISSUED once it paid; FAILED when it declined (tried again by policy). */
public enum RefundStatus {
    PENDING, ISSUED, FAILED
}
