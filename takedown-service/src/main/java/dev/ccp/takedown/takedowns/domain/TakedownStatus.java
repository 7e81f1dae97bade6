package dev.ccp.takedown.takedowns.domain;

/** Where a takedown is. REVERSED: a granted appeal or an upheld counter-notice overturned it, for good. */
public enum TakedownStatus {
    IN_PROGRESS, COMPLETED, NEEDS_ATTENTION, REVERSED
}
