package dev.ccp.takedown.takedowns.application;

/** A counter-notice reversal became due (received, or retried by staff): the reversal runner should look now. */
public record CounterNoticeReversalsDue(String takedownId) {
}
