package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingSnapshot;
import dev.ccp.contracts.takedown.TakedownOpened;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.takedowns.domain.ConfirmedCounterfeit;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Opens one takedown per listing on {@code listing.counterfeit-confirmed}, announced as {@code takedown.opened} in
 * the same transaction. A later confirmation of the same listing opens nothing (the listing id is unique).
 */
@ApplicationScoped
public class OpeningTakedown {
    public static final Set<String> TYPES = Set.of(ListingCounterfeitConfirmed.TYPE);

    private final TakedownRepository takedowns;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<TakedownsDue> due;
    private final TakedownMetrics metrics;

    OpeningTakedown(TakedownRepository takedowns, Outbox outbox, Clock clock, Event<TakedownsDue> due,
            TakedownMetrics metrics) {
        this.takedowns = takedowns;
        this.outbox = outbox;
        this.clock = clock;
        this.due = due;
        this.metrics = metrics;
    }

    /** Runs in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        open(facts((ListingCounterfeitConfirmed) event.payload(), event.id()));
    }

    /** @return the takedown opened, or empty when the listing has one already */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Takedown> open(ConfirmedCounterfeit confirmed) {
        if (takedowns.ofListing(confirmed.listingId()).isPresent()) {
            return Optional.empty();
        }
        Takedown takedown = Takedown.open(confirmed, clock.instant());
        takedowns.persist(takedown);
        takedowns.flush(); // a concurrent opening of the same listing fails here, on the unique listing id
        outbox.append(new TakedownOpened(takedown.id(), takedown.listingId(), takedown.sellerId(),
                takedown.brandIds(), takedown.unitsListed(), takedown.automatedDetection(), takedown.decidedBy(),
                takedown.decidedAt(), takedown.confirmationId(), takedown.openedAt()));
        metrics.opened();
        due.fire(new TakedownsDue(takedown.id()));
        return Optional.of(takedown);
    }

    static ConfirmedCounterfeit facts(ListingCounterfeitConfirmed confirmed, String eventId) {
        ListingSnapshot snapshot = confirmed.snapshot();
        return new ConfirmedCounterfeit(confirmed.listingId(), confirmed.sellerId(), confirmed.brandIds(),
                snapshot.title(), snapshot.brand(), Math.max(0, snapshot.quantity()),
                snapshot.price() == null ? null : snapshot.price().amount().toPlainString(),
                snapshot.price() == null ? null : snapshot.price().currency(), confirmed.score(),
                !confirmed.signals().isEmpty(), confirmed.decidedBy(), confirmed.decidedAt(), eventId);
    }
}
