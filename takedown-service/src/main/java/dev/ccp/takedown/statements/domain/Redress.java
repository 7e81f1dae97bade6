package dev.ccp.takedown.statements.domain;

import java.time.Instant;

/**
 * How the seller can contest the action (DSA Art. 17(3)(f)): the platform's internal complaint route until the appeal
 * deadline (Art. 20), out-of-court dispute settlement (Art. 21) and the courts.
 */
public record Redress(Instant appealDeadline, String internalComplaint, String outOfCourt, String judicial) {
}
