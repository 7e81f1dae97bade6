package dev.ccp.takedown.appeals.application;

import dev.ccp.contracts.takedown.TakedownAppealFiled;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.appeals.domain.Appeal;
import dev.ccp.takedown.appeals.domain.AppealAudit;
import dev.ccp.takedown.appeals.infrastructure.AppealAuditRepository;
import dev.ccp.takedown.appeals.infrastructure.AppealRepository;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.domain.TakedownStatus;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Takes a seller's appeal of a takedown (EU DSA Art. 20): only the takedown's own seller, only once the listing was
 * removed, only within the appeal window after the removal (the window the statement of reasons states), and once
 * per takedown. Filed, audited and announced in one transaction.
 */
@ApplicationScoped
public class FilingAppeal {
    private final TakedownRepository takedowns;
    private final AppealRepository appeals;
    private final AppealAuditRepository audit;
    private final Outbox outbox;
    private final Clock clock;
    private final Period window;
    private final MeterRegistry metrics;

    FilingAppeal(TakedownRepository takedowns, AppealRepository appeals, AppealAuditRepository audit, Outbox outbox,
            Clock clock, TakedownConfig config, MeterRegistry metrics) {
        this.takedowns = takedowns;
        this.appeals = appeals;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.window = config.statements().appealWindow();
        this.metrics = metrics;
    }

    @Transactional
    public Appeal file(FileAppeal command, String by) {
        Takedown takedown = takedowns.forUpdate(command.takedownId())
                .orElseThrow(() -> ProblemException.notFound("takedown", command.takedownId()));
        if (!takedown.sellerId().equals(command.sellerId())) {
            throw ProblemException.badRequest("sellerId", "is not the seller of takedown " + takedown.id()
                    + ": only the seller whose listing was taken down can appeal");
        }
        appeals.ofTakedown(takedown.id()).ifPresent(earlier -> {
            throw ProblemException.conflict("takedown " + takedown.id() + " was appealed already (appeal "
                    + earlier.id() + ", " + earlier.status() + "); one appeal per takedown");
        });
        if (takedown.status() == TakedownStatus.REVERSED) {
            throw ProblemException.conflict("takedown " + takedown.id() + " was reversed already ("
                    + takedown.reversalCause() + " " + takedown.reversalReference() + " on " + takedown.reversedAt()
                    + "): there is nothing to appeal");
        }
        Instant removedAt = takedown.listingRemovedAt();
        if (removedAt == null) {
            throw ProblemException.conflict("the listing of takedown " + takedown.id()
                    + " is not removed yet: there is nothing to appeal");
        }
        Instant now = clock.instant();
        Instant closes = removedAt.atOffset(ZoneOffset.UTC).plus(window).toInstant();
        if (now.isAfter(closes)) {
            throw ProblemException.conflict("the appeal window of takedown " + takedown.id() + " closed on "
                    + closes + " (" + window + " after the removal)");
        }
        Appeal appeal = Appeal.file(takedown.id(), takedown.listingId(), takedown.sellerId(), command.reason(),
                command.documents(), by, now);
        appeals.persist(appeal);
        audit.persist(new AppealAudit(appeal.id(), "FILED", command.reason(), by, now));
        outbox.append(new TakedownAppealFiled(takedown.id(), appeal.id(), takedown.listingId(), takedown.sellerId(),
                now));
        metrics.counter("ccp.takedowns.appeals", "outcome", "filed").increment();
        return appeal;
    }
}
