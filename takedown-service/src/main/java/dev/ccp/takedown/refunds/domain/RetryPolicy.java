package dev.ccp.takedown.refunds.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a refund is tried again. A transient failure waits {@code initialBackoff}, doubled per attempt up to
 * {@code maxBackoff}; a decline waits {@code declineDelay}, at most {@code maxDeclines} times in all.
 */
public record RetryPolicy(Duration initialBackoff, Duration maxBackoff, int maxDeclines, Duration declineDelay) {

    /** After {@code attempts} provider calls none of which settled the refund. */
    public Instant afterTransientFailure(int attempts, Instant now) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return now.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
    }

    /** After the {@code declines}-th decline; null when the policy is spent. */
    public Instant afterDecline(int declines, Instant now) {
        return declines < maxDeclines ? now.plus(declineDelay) : null;
    }
}
