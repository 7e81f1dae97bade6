package dev.ccp.takedown.takedowns.application;

import java.time.Instant;
import java.util.List;

/**
 * Where a takedown's refunds stand after one {@link BuyerRefunds#advance} call.
 *
 * @param issued refunds the provider has paid
 * @param failed refunds that failed for good (declined past the retry policy): staff see them
 * @param pending refunds still to be tried or settled, now or later
 * @param issuedTotals what was paid back, per currency
 * @param nextAttemptAt when a pending refund is next due; null when nothing is pending
 */
public record RefundProgress(int issued, int failed, int pending, List<RefundTotal> issuedTotals,
        Instant nextAttemptAt) {
    public RefundProgress {
        issuedTotals = List.copyOf(issuedTotals);
    }

    /** Nothing left that the refunds would try again by themselves. */
    public boolean settled() {
        return pending == 0;
    }
}
