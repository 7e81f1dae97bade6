package dev.ccp.takedown.takedowns.application;

/** The actions against a seller that a statement of reasons explains. */
public enum SellerAction {
    LISTING_REMOVED, ACCOUNT_CLOSED
}
