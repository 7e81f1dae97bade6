package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingDecision;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.Verdict;
import dev.ccp.listing.listings.infrastructure.ListingDecisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * A reviewer upheld a seller's counter-notice: the listing is found not infringing (a finding of infringement is
 * reversed) and comes back. A removed one goes through the reinstatement path (audited, {@code listing.reinstated});
 * one still up is screened again on today's evidence and announced if its status changed. Audited as a verdict.
 */
@ApplicationScoped
public class OverturningListing {
    private final ListingDecisionRepository decisions;
    private final ScreeningListing screening;
    private final RemovingListing removing;
    private final Outbox outbox;
    private final Clock clock;

    OverturningListing(ListingDecisionRepository decisions, ScreeningListing screening, RemovingListing removing,
            Outbox outbox, Clock clock) {
        this.decisions = decisions;
        this.screening = screening;
        this.removing = removing;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param listing   locked by the caller
     * @param reference the record behind it (the counter-notice), also the reinstatement's idempotency key
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear(Listing listing, String note, String reviewer, String reference) {
        ListingStatus before = listing.status;
        boolean foundInfringing = listing.settledAsInfringing();
        if (foundInfringing) {
            listing.overturned(clock.instant());
        } else if (listing.verdict != Verdict.NOT_INFRINGING) {
            listing.decided(Verdict.NOT_INFRINGING, clock.instant());
        }
        audit(listing, note, reviewer, before);
        if (listing.removed()) {
            if (!foundInfringing) {
                return; // down for another reason (its seller's closure): the counter-notice does not undo that
            }
            removing.reinstate(new ReinstateListing(listing.id, "COUNTER_NOTICE_UPHELD", reference),
                    "counter-notice:" + reference, reviewer, String.class, l -> l.status.name());
            return;
        }
        screening.rescreenUnannounced(listing); // a seller who lost the right to sell still cannot publish
        if (before != listing.status) {
            outbox.append(ScreeningListing.outcomeEvent(listing, ScreeningCause.REVIEWED));
        }
    }

    /**
     * A granted appeal reversed a brand's own confirmation: the verdict goes, so that takedown-service's
     * reinstatement of a removed listing brings it back published (not blocked on the brand's word); one still up is
     * screened again and announced if its status changed. The reinstatement itself stays takedown-service's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clearVerdict(Listing listing, String note, String actor) {
        if (!listing.settledAsInfringing()) {
            return;
        }
        ListingStatus before = listing.status;
        listing.overturned(clock.instant());
        audit(listing, note, actor, before);
        if (!listing.removed()) {
            screening.rescreenUnannounced(listing);
            if (before != listing.status) {
                outbox.append(ScreeningListing.outcomeEvent(listing, ScreeningCause.REVIEWED));
            }
        }
    }

    private void audit(Listing listing, String note, String reviewer, ListingStatus before) {
        decisions.persist(ListingDecision.of(listing, Verdict.NOT_INFRINGING, note, reviewer, before, clock.instant()));
    }
}
