package dev.ccp.takedown.appeals.application;

import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.takedown.TakedownAppealDenied;
import dev.ccp.contracts.takedown.TakedownAppealGranted;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.appeals.domain.Appeal;
import dev.ccp.takedown.appeals.domain.AppealAudit;
import dev.ccp.takedown.appeals.domain.AppealStatus;
import dev.ccp.takedown.appeals.infrastructure.AppealAuditRepository;
import dev.ccp.takedown.appeals.infrastructure.AppealRepository;
import dev.ccp.takedown.takedowns.application.ReversingTakedown;
import dev.ccp.takedown.takedowns.domain.ReversalCause;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.domain.TakedownStatus;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A trust admin's decision on an appeal, once. DENIED lets the takedown stand. GRANTED reverses it: in this
 * transaction the takedown becomes REVERSED, its strike stops counting and its held stock is released (all local);
 * the listing's and the account's reinstatement in the other services is then due for the reversal runner.
 * Refunds already paid stay paid. Audited and announced with the decision. A takedown an upheld counter-notice
 * reversed first leaves nothing to decide either way (409).
 */
@ApplicationScoped
public class DecidingAppeal {
    /** What a grant or a denial may say at most: the seller is told. */
    public static final int MAX_NOTE = 2000;

    private final AppealRepository appeals;
    private final AppealAuditRepository audit;
    private final TakedownRepository takedowns;
    private final ReversingTakedown reversing;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<AppealsDue> due;
    private final MeterRegistry metrics;

    DecidingAppeal(AppealRepository appeals, AppealAuditRepository audit, TakedownRepository takedowns,
            ReversingTakedown reversing, Outbox outbox, Clock clock,
            Event<AppealsDue> due, MeterRegistry metrics) {
        this.appeals = appeals;
        this.audit = audit;
        this.takedowns = takedowns;
        this.reversing = reversing;
        this.outbox = outbox;
        this.clock = clock;
        this.due = due;
        this.metrics = metrics;
    }

    @Transactional
    public Appeal decide(String appealId, AppealStatus outcome, String note, String by) {
        Appeal appeal = appeals.forUpdate(appealId).orElseThrow(() -> ProblemException.notFound("appeal", appealId));
        Takedown takedown = takedowns.forUpdate(appeal.takedownId()).orElseThrow();
        if (appeal.status() != AppealStatus.FILED) {
            throw ProblemException.conflict("appeal " + appealId + " was " + appeal.status() + " on "
                    + appeal.decidedAt() + "; a decision is final");
        }
        Instant now = clock.instant();
        switch (outcome) {
            case GRANTED -> grant(appeal, takedown, note, by, now);
            case DENIED -> deny(appeal, takedown, note, by, now);
            default -> throw ProblemException.badRequest("outcome", "is GRANTED or DENIED");
        }
        metrics.counter("ccp.takedowns.appeals", "outcome", outcome.name().toLowerCase()).increment();
        return appeal;
    }

    private void grant(Appeal appeal, Takedown takedown, String note, String by, Instant now) {
        ReversingTakedown.Reversed reversed = reversing.reverse(takedown, ReversalCause.APPEAL_GRANTED, appeal.id(),
                by, now).orElseThrow(() -> notReversible(takedown));
        appeal.grant(by, note, reversed.inventory(), now);
        audit.persist(new AppealAudit(appeal.id(), "GRANTED", note, by, now));
        audit.persist(new AppealAudit(appeal.id(), "INVENTORY_" + reversed.inventory(), null, by, now));
        List<DomainEvent> events = new ArrayList<>();
        events.add(new TakedownAppealGranted(takedown.id(), appeal.id(), takedown.listingId(), takedown.sellerId(),
                takedown.brandIds(), takedown.removedByBrand(), by, note, now));
        events.addAll(reversed.events());
        outbox.appendAll(events);
        due.fire(new AppealsDue(appeal.id()));
    }

    private static ProblemException notReversible(Takedown takedown) {
        if (takedown.status() == TakedownStatus.REVERSED) {
            return reversedAlready(takedown);
        }
        return ProblemException.conflict("takedown " + takedown.id() + " is still " + takedown.status()
                + ": decide its appeal once its steps have run (or it needs attention)");
    }

    /** An upheld counter-notice got there first: there is no takedown left to let stand or to reverse. */
    private static ProblemException reversedAlready(Takedown takedown) {
        return ProblemException.conflict("takedown " + takedown.id() + " was reversed already ("
                + takedown.reversalCause() + " " + takedown.reversalReference() + " on " + takedown.reversedAt()
                + "): there is nothing left to decide");
    }

    private void deny(Appeal appeal, Takedown takedown, String note, String by, Instant now) {
        if (takedown.status() == TakedownStatus.REVERSED) {
            throw reversedAlready(takedown);
        }
        appeal.deny(by, note, now);
        audit.persist(new AppealAudit(appeal.id(), "DENIED", note, by, now));
        outbox.append(new TakedownAppealDenied(takedown.id(), appeal.id(), takedown.listingId(), takedown.sellerId(),
                by, note, now));
    }

    /** Puts a reversal that waits for staff back in the queue, due now. 409 when it is not waiting for staff. */
    @Transactional
    public Appeal retryReversal(String appealId, String by) {
        Appeal appeal = appeals.forUpdate(appealId).orElseThrow(() -> ProblemException.notFound("appeal", appealId));
        Instant now = clock.instant();
        if (!appeal.retryReversal(now)) {
            throw ProblemException.conflict("appeal " + appealId + " has no reversal waiting for staff");
        }
        audit.persist(new AppealAudit(appealId, "REVERSAL_RETRIED", null, by, now));
        due.fire(new AppealsDue(appealId));
        return appeal;
    }
}
