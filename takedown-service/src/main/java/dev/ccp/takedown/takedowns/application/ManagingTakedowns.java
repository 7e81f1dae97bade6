package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.takedown.TakedownInventorySettled;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.takedowns.domain.HoldStatus;
import dev.ccp.takedown.takedowns.domain.IllegalHoldTransitionException;
import dev.ccp.takedown.takedowns.domain.InventoryHold;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.InventoryHoldRepository;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** What staff do to a takedown: retry one that needs attention, destroy or release its held stock. */
@ApplicationScoped
public class ManagingTakedowns {
    private final TakedownRepository takedowns;
    private final InventoryHoldRepository holds;
    private final Clock clock;
    private final Event<TakedownsDue> due;
    private final Outbox outbox;

    ManagingTakedowns(TakedownRepository takedowns, InventoryHoldRepository holds, Clock clock,
            Event<TakedownsDue> due, Outbox outbox) {
        this.outbox = outbox;
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
