package dev.ccp.takedown.takedowns.domain;

/** What the account policy did to the seller because of a takedown. */
public enum AccountAction {
    CLOSED, STRIKE_RECORDED, NONE
}
