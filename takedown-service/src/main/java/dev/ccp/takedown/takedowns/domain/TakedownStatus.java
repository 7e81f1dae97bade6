package dev.ccp.takedown.takedowns.domain;

/** Where a takedown is. REVERSED is kept for a granted appeal. */
public enum TakedownStatus {
    IN_PROGRESS, COMPLETED, NEEDS_ATTENTION, REVERSED
}
