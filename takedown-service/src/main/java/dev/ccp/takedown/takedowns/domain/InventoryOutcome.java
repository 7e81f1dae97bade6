package dev.ccp.takedown.takedowns.domain;

/** What a reversal (a granted appeal, an upheld counter-notice) did to the stock the takedown held. */
public enum InventoryOutcome {
    RELEASED,
    /** Staff had recorded its destruction before the takedown was reversed: there is nothing to give back. */
    ALREADY_DESTROYED,
    NONE_HELD
}
