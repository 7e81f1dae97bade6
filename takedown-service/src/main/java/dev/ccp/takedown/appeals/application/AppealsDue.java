package dev.ccp.takedown.appeals.application;

/** A granted appeal's reversal became due (granted, or retried by staff): the runner should look now. */
public record AppealsDue(String appealId) {
}
