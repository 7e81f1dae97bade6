package dev.ccp.listing.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code initialDelay} after the first attempt, doubling after each one up
 * to {@code maxDelay}; never later than {@code giveUpAfter} from when the notification was stored (then the
 * delivery has FAILED).
 */
public record RetrySchedule(Duration initialDelay, Duration maxDelay, Duration giveUpAfter) {

    /**
     * @param attempts attempts made so far, the failed one included (1 after the first)
     * @return the next attempt's time, or empty when the delivery is to be given up
     */
    public Optional<Instant> nextAttempt(int attempts, Instant createdAt, Instant now) {
        Duration delay = initialDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        if (delay.compareTo(maxDelay) > 0 || delay.isNegative()) {
            delay = maxDelay;
        }
        Instant next = now.plus(delay);
        return next.isAfter(createdAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
