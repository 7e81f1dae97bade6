package dev.ccp.takedown.takedowns.application;

/** A refund as DESIGN.md §7 names its states. */
public enum RefundLineStatus {
    PENDING, ISSUED, FAILED
}
