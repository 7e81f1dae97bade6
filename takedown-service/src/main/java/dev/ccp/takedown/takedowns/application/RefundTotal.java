package dev.ccp.takedown.takedowns.application;

/** Refunds paid in one currency: how many, and their sum in the currency's minor units. */
public record RefundTotal(String currency, long minorUnits, int count) {
}
