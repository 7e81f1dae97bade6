package dev.ccp.takedown.appeals.domain;

/** What a granted appeal did to the stock the takedown held. */
public enum InventoryOutcome {
    RELEASED,
    /** Staff had recorded its destruction before the appeal was granted: there is nothing to give back. */
    ALREADY_DESTROYED,
    NONE_HELD
}
