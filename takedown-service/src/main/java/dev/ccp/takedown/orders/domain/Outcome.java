package dev.ccp.takedown.orders.domain;

/** What receiving an order did to the ledger. */
public enum Outcome {
    STORED, UPDATED, UNCHANGED
}
