package dev.ccp.devstack.payments.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A payment the marketplace captured. Refunds against it are checked and applied under its lock, so concurrent
 * refunds can never take more than the unrefunded remainder.
 */
public final class Charge {
    private final String id;
    private final long amount;
    private final String currency;
    private final Instant created;
    private final List<Refund> refunds = new ArrayList<>();
    private long amountRefunded;

    Charge(String id, long amount, String currency, Instant created) {
        this.id = id;
        this.amount = amount;
        this.currency = currency;
        this.created = created;
    }

    /** A consistent copy: amounts and refunds read at one moment. */
    public record Snapshot(String id, long amount, String currency, long amountRefunded, List<Refund> refunds,
            Instant created) {
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(id, amount, currency, amountRefunded, List.copyOf(refunds), created);
    }

    boolean sameAs(long otherAmount, String otherCurrency) {
        return amount == otherAmount && currency.equals(otherCurrency);
    }

    synchronized RefundOutcome refund(RefundRequest request, Optional<String> declineReason, String refundId,
            Instant now) {
        if (!currency.equals(request.currency())) {
            return new RefundOutcome.Refused(Refusal.CURRENCY_MISMATCH,
                    "charge " + id + " is in " + currency + ", the refund asks for " + request.currency());
        }
        long remaining = amount - amountRefunded;
        if (request.amount() > remaining) {
            return new RefundOutcome.Refused(Refusal.AMOUNT_EXCEEDS_REMAINING, "refund of " + request.amount()
                    + " exceeds the unrefunded remainder " + remaining + " of charge " + id);
        }
        RefundStatus status = declineReason.isPresent() ? RefundStatus.DECLINED : RefundStatus.SUCCEEDED;
        Refund refund = new Refund(refundId, id, request.amount(), currency, request.reason(), request.metadata(),
                status, declineReason.orElse(null), now);
        if (status == RefundStatus.SUCCEEDED) {
            amountRefunded += request.amount();
        }
        refunds.add(refund);
        return new RefundOutcome.Made(refund);
    }
}
