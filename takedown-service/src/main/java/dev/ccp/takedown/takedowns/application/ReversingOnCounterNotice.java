package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.listing.ListingReinstated;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.domain.CounterNoticeReversal;
import dev.ccp.takedown.takedowns.domain.ReversalCause;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.domain.TakedownStatus;
import dev.ccp.takedown.takedowns.infrastructure.CounterNoticeReversalRepository;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A reviewer in listing-service upheld a seller's counter-notice: the listing was found not infringing and is back
 * ({@code listing.reinstated}, reason {@code COUNTER_NOTICE_UPHELD}). The takedown that removed it is reversed here
 * as a granted appeal's is (strike overturned, stock released, {@code takedown.reversed}), and the account it closed
 * is then reinstated by the reversal runner; the listing is not asked for again. A takedown whose runner still works
 * on it is reversed once the runner is done: the reversal waits in the database, not on the topic.
 */
@ApplicationScoped
public class ReversingOnCounterNotice {
    public static final Set<String> TYPES = Set.of(ListingReinstated.TYPE);
    /** The only reinstatement that overturns a finding elsewhere; APPEAL_GRANTED is takedown-service's own. */
    static final String COUNTER_NOTICE_UPHELD = "COUNTER_NOTICE_UPHELD";
    private static final Logger LOG = Logger.getLogger(ReversingOnCounterNotice.class);

    private final TakedownRepository takedowns;
    private final CounterNoticeReversalRepository reversals;
    private final ReversingTakedown reversing;
    private final Outbox outbox;
    private final Clock clock;
    private final TakedownConfig config;
    private final Event<CounterNoticeReversalsDue> due;
    private final MeterRegistry metrics;

    ReversingOnCounterNotice(TakedownRepository takedowns, CounterNoticeReversalRepository reversals,
            ReversingTakedown reversing, Outbox outbox, Clock clock, TakedownConfig config,
            Event<CounterNoticeReversalsDue> due, MeterRegistry metrics) {
        this.takedowns = takedowns;
        this.reversals = reversals;
        this.reversing = reversing;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.due = due;
        this.metrics = metrics;
    }

    /** Runs in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        ListingReinstated back = (ListingReinstated) event.payload();
        if (!COUNTER_NOTICE_UPHELD.equals(back.reason())) {
            return;
        }
        Takedown takedown = takedowns.ofListingForUpdate(back.listingId()).orElse(null);
        if (takedown == null || takedown.status() == TakedownStatus.REVERSED
                || reversals.findByIdOptional(takedown.id()).isPresent()) {
            return; // never taken down, reversed already, or this counter-notice (or another) is on its way
        }
        Instant now = clock.instant();
        CounterNoticeReversal reversal = new CounterNoticeReversal(takedown, back.reference(), back.actor(),
                back.reinstatedAt(), now);
        reversals.persist(reversal);
        metrics.counter("ccp.takedowns.counter_notice_reversals").increment();
        if (reverseOrWait(reversal, takedown, now)) {
            due.fire(new CounterNoticeReversalsDue(takedown.id())); // the account, at once
        }
    }

    /**
     * The reversal runner's part for a reversal that waited for the takedown's runner.
     *
     * @return whether the takedown is reversed by this counter-notice now, so the account is due
     */
    @Transactional
    public boolean reverseWaiting(String takedownId) {
        CounterNoticeReversal reversal = reversals.forUpdate(takedownId).orElseThrow();
        if (reversal.takedownReversed()) {
            return true;
        }
        Takedown takedown = takedowns.forUpdate(takedownId).orElseThrow();
        Instant now = clock.instant();
        if (takedown.status() == TakedownStatus.REVERSED) {
            LOG.infof("takedown %s: reversed already (%s %s); counter-notice %s leaves it as it is", takedownId,
                    takedown.reversalCause(), takedown.reversalReference(), reversal.counterNoticeId());
            reversal.reversedOtherwise(now);
            return false;
        }
        return reverseOrWait(reversal, takedown, now);
    }

    private boolean reverseOrWait(CounterNoticeReversal reversal, Takedown takedown, Instant now) {
        Optional<ReversingTakedown.Reversed> reversed = reversing.reverse(takedown,
                ReversalCause.COUNTER_NOTICE_UPHELD, reversal.counterNoticeId(), reversal.reviewer(), now);
        if (reversed.isEmpty()) {
            reversal.waitForRunner(now.plus(config.runner().interval()));
            return false;
        }
        reversal.takedownReversed(reversed.get().inventory(), takedown.listingRemovedAt(), now);
        outbox.appendAll(reversed.get().events());
        return true;
    }
}
