package dev.ccp.takedown.takedowns.api;

import dev.ccp.core.money.Money;
import dev.ccp.takedown.orders.api.MoneyJson;
import dev.ccp.takedown.takedowns.application.ReadingTakedowns;
import dev.ccp.takedown.takedowns.application.RefundLine;
import dev.ccp.takedown.takedowns.domain.CounterNoticeReversal;
import dev.ccp.takedown.takedowns.domain.InventoryHold;
import dev.ccp.takedown.takedowns.domain.RefundSummary;
import dev.ccp.takedown.takedowns.domain.ReversalCause;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.domain.TakedownStatus;
import dev.ccp.takedown.takedowns.domain.TakedownStep;
import java.time.Instant;
import java.util.List;

/**
 * A takedown as staff see it: DESIGN.md §7's {@code {id, listingId, sellerId, status, steps, refunds}}, plus what
 * else it found (brands, dates, held stock, the account action, the refunds' totals).
 *
 * @param accountAction CLOSED, STRIKE_RECORDED or NONE; null until the account policy has run
 * @param reversal      what overturned the takedown (or is about to); null when nothing did
 */
public record TakedownView(String id, String listingId, String sellerId, List<String> brandIds, String status,
        Instant openedAt, Instant completedAt, int unitsListed, String accountAction, Inventory inventory,
        List<Step> steps, List<Refund> refunds, RefundTotals refundTotals, Reversal reversal) {

    /**
     * @param cause     APPEAL_GRANTED or COUNTER_NOTICE_UPHELD
     * @param reference the appeal id (whose own view follows the rest of its reversal) or the counter-notice id
     * @param by        the trust admin who granted the appeal, or the reviewer who upheld the counter-notice
     * @param at        when the takedown became REVERSED; null while an upheld counter-notice waits for the takedown's
     *                  runner to be done with it
     * @param progress  an upheld counter-notice's part in the other services; null for a granted appeal
     */
    public record Reversal(String cause, String reference, String by, Instant at, Progress progress) {
    }

    /**
     * @param listingReinstatedAt set only when the takedown's runner removed the listing again after listing-service
     *                            had put it back, and this reversal asked for it once more
     * @param account             REINSTATED, KEPT_CLOSED (another standing takedown closed it too) or NOT_CLOSED;
     *                            null until settled
     * @param needsAttention      seller-service (or listing-service) refused, or failed too often: waits for
     *                            {@code POST /api/v1/takedowns/{id}/reversal/retry}
     */
    public record Progress(Instant listingReinstatedAt, String account, boolean done, boolean needsAttention,
            int attempts, String lastError, Instant doneAt) {
    }

    /** @param nextAttemptAt when a PENDING step is tried next */
    public record Step(String name, String status, int attempts, String lastError, Instant nextAttemptAt,
            Instant updatedAt) {
    }

    /** @param status PENDING, ISSUED or FAILED */
    public record Refund(String orderId, MoneyJson amount, String status, int attempts, String lastError,
            Instant updatedAt) {
    }

    /** @param status HELD, DESTROYED or RELEASED */
    public record Inventory(int units, String status, Instant heldAt, Instant settledAt, String settledBy) {
    }

    /** What the refund step settled at; null until it has. */
    public record RefundTotals(int issued, int failed, List<MoneyJson> paid) {
    }

    static TakedownView of(ReadingTakedowns.Detail detail) {
        Takedown t = detail.takedown();
        return new TakedownView(t.id(), t.listingId(), t.sellerId(), t.brandIds(), t.status().name(), t.openedAt(),
                t.completedAt(), t.unitsListed(), t.accountAction() == null ? null : t.accountAction().name(),
                inventory(detail.hold()), t.steps().stream().map(TakedownView::step).toList(),
                detail.refunds().stream().map(TakedownView::refund).toList(), totals(t.refundSummary()),
                reversal(t, detail.counterNotice()));
    }

    private static Reversal reversal(Takedown t, CounterNoticeReversal counterNotice) {
        boolean byCounterNotice = counterNotice != null
                && (t.status() != TakedownStatus.REVERSED || t.reversalCause() == ReversalCause.COUNTER_NOTICE_UPHELD);
        Progress progress = byCounterNotice ? new Progress(counterNotice.listingReinstatedAt(),
                counterNotice.accountOutcome() == null ? null : counterNotice.accountOutcome().name(),
                counterNotice.done(), counterNotice.needsAttention(), counterNotice.attempts(),
                counterNotice.lastError(), counterNotice.doneAt()) : null;
        if (t.status() == TakedownStatus.REVERSED) {
            return new Reversal(t.reversalCause() == null ? null : t.reversalCause().name(), t.reversalReference(),
                    t.reversedBy(), t.reversedAt(), progress);
        }
        return byCounterNotice ? new Reversal(ReversalCause.COUNTER_NOTICE_UPHELD.name(),
                counterNotice.counterNoticeId(), counterNotice.reviewer(), null, progress) : null;
    }

    private static Step step(TakedownStep s) {
        return new Step(s.name().name(), s.status().name(), s.attempts(), s.lastError(), s.nextAttemptAt(),
                s.updatedAt());
    }

    private static Refund refund(RefundLine r) {
        return new Refund(r.orderId(), money(r.amount()), r.status().name(), r.attempts(), r.lastError(),
                r.updatedAt());
    }

    private static Inventory inventory(InventoryHold hold) {
        return hold == null ? null : new Inventory(hold.units(), hold.status().name(), hold.heldAt(),
                hold.settledAt(), hold.settledBy());
    }

    private static RefundTotals totals(RefundSummary summary) {
        return summary == null ? null : new RefundTotals(summary.issued(), summary.failed(), summary.totals().stream()
                .map(total -> money(new Money(total.minorUnits(), total.currency()))).toList());
    }

    private static MoneyJson money(Money money) {
        return new MoneyJson(money.decimal(), money.currency());
    }
}
