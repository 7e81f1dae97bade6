package dev.ccp.contracts.takedown;

import dev.ccp.contracts.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every step of the takedown is done: the summary litigation-service files as evidence.
 *
 * @param refunds       what was paid back, one entry per currency
 * @param refundsFailed refunds that failed for good (staff follow them up)
 * @param accountAction {@code CLOSED}, {@code STRIKE_RECORDED} or {@code NONE}
 */
public record TakedownCompleted(String takedownId, String listingId, String sellerId, List<String> brandIds,
        int unitsHeld, int refundsIssued, List<RefundedAmount> refunds, int refundsFailed, String accountAction,
        Instant completedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.completed";

    public TakedownCompleted {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(brandIds);
        refunds = List.copyOf(refunds);
        Objects.requireNonNull(accountAction, "accountAction");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /** Refunds issued in one currency: their sum and how many. */
    public record RefundedAmount(Money amount, int count) {
        public RefundedAmount {
            Objects.requireNonNull(amount, "amount");
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
