package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.takedown.TakedownInventorySettled;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.takedowns.domain.CounterNoticeReversal;
import dev.ccp.takedown.takedowns.domain.HoldStatus;
import dev.ccp.takedown.takedowns.domain.IllegalHoldTransitionException;
import dev.ccp.takedown.takedowns.domain.InventoryHold;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.CounterNoticeReversalRepository;
import dev.ccp.takedown.takedowns.infrastructure.InventoryHoldRepository;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * What staff do to a takedown: retry one that needs attention, destroy or release its held stock, retry a
 * counter-notice reversal that waits for them.
 */
@ApplicationScoped
public class ManagingTakedowns {
    private final TakedownRepository takedowns;
    private final InventoryHoldRepository holds;
    private final Clock clock;
    private final Event<TakedownsDue> due;
    private final Outbox outbox;
    private final CounterNoticeReversalRepository reversals;
    private final Event<CounterNoticeReversalsDue> reversalsDue;

    ManagingTakedowns(TakedownRepository takedowns, InventoryHoldRepository holds, Clock clock,
            Event<TakedownsDue> due, Outbox outbox, CounterNoticeReversalRepository reversals,
            Event<CounterNoticeReversalsDue> reversalsDue) {
        this.outbox = outbox;
        this.reversals = reversals;
        this.reversalsDue = reversalsDue;
        this.takedowns = takedowns;
        this.holds = holds;
        this.clock = clock;
        this.due = due;
    }

    /** Puts the failed step back in the queue, due now. 409 when the takedown does not need attention. */
    @Transactional
    public Takedown retry(String id) {
        Takedown takedown = takedowns.forUpdate(id).orElseThrow(() -> ProblemException.notFound("takedown", id));
        if (!takedown.retry(clock.instant())) {
            throw ProblemException.conflict("takedown " + id + " is " + takedown.status()
                    + "; only a takedown that needs attention can be retried");
        }
        due.fire(new TakedownsDue(id));
        return takedown;
    }

    /**
     * Puts a counter-notice reversal that waits for staff (seller-service refused the account's reinstatement, or
     * failed too often) back in the queue, due now. 409 when the takedown has none waiting for staff.
     */
    @Transactional
    public CounterNoticeReversal retryReversal(String id) {
        if (takedowns.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("takedown", id);
        }
        CounterNoticeReversal reversal = reversals.forUpdate(id).filter(r -> r.retry(clock.instant()))
                .orElseThrow(() -> ProblemException.conflict("takedown " + id
                        + " has no counter-notice reversal waiting for staff (a granted appeal's is retried on the "
                        + "appeal)"));
        reversalsDue.fire(new CounterNoticeReversalsDue(id));
        return reversal;
    }

    /** DESTROYED or RELEASED, announced; asking again for the same end changes nothing, the other end is a 409. */
    @Transactional
    public InventoryHold settleStock(String id, HoldStatus outcome, String by) {
        if (takedowns.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("takedown", id);
        }
        InventoryHold hold = holds.forUpdate(id).orElseThrow(() -> ProblemException.conflict(
                "takedown " + id + " holds no stock yet"));
        Instant now = clock.instant();
        try {
            if (hold.settle(outcome, by, now)) {
                outbox.append(new TakedownInventorySettled(id, hold.listingId(), hold.sellerId(), hold.units(),
                        outcome.name(), by, now));
            }
        } catch (IllegalHoldTransitionException e) {
            throw ProblemException.conflict(e.getMessage());
        }
        return hold;
    }
}
