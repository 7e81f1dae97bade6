package dev.ccp.listing.listings.application;

import dev.ccp.contracts.Money;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingSnapshot;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingChanges;
import dev.ccp.listing.listings.domain.ListingDecision;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.Verdict;
import dev.ccp.listing.listings.infrastructure.ListingDecisionRepository;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.screening.application.RememberingCounterfeit;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.screening.domain.ConfirmedCounterfeit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A moderator's verdict, audited. COUNTERFEIT blocks the listing, teaches relisting detection its words and
 * images, announces {@code listing.counterfeit-confirmed} with the evidence, and re-screens live listings that
 * show the same images. Repeating the verdict a listing already has changes nothing.
 */
@ApplicationScoped
public class DecidingListing {
    private static final Logger LOG = Logger.getLogger(DecidingListing.class);

    private final ListingRepository listings;
    private final ListingDecisionRepository decisions;
    private final RememberingCounterfeit counterfeits;
    private final ScreeningListing screening;
    private final ScreeningCatalog catalog;
    private final ListingChanges changes;
    private final Outbox outbox;
    private final ListingConfig config;
    private final Clock clock;

    DecidingListing(ListingRepository listings, ListingDecisionRepository decisions,
            RememberingCounterfeit counterfeits, ScreeningListing screening, ScreeningCatalog catalog,
            ListingChanges changes, Outbox outbox, ListingConfig config, Clock clock) {
        this.listings = listings;
        this.decisions = decisions;
        this.counterfeits = counterfeits;
        this.screening = screening;
        this.catalog = catalog;
        this.changes = changes;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Listing decide(String id, Verdict verdict, String note, String moderator) {
        Listing listing = listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("listing", id));
        if (listing.verdict == verdict) {
            return listing;
        }
        if (listing.settledAsInfringing()) {
            throw ProblemException.conflict("listing " + id + " was already found " + listing.verdict
                    + "; reversing that is an appeal");
        }
        ListingStatus before = listing.status;
        listing.decided(verdict, clock.instant());
        if (!verdict.infringing()) {
            screening.rescreen(listing); // a seller who lost the right to sell still cannot publish
        }
        audit(listing, verdict, note, moderator, before);
        changes.changed(List.of(listing)); // a verdict changes what the brands that reported it see
        if (before != listing.status) {
            outbox.append(ScreeningListing.outcomeEvent(listing, ScreeningCause.REVIEWED));
        }
        if (verdict == Verdict.COUNTERFEIT) {
            confirmCounterfeit(listing, note, moderator);
        }
        return listing;
    }

    private void audit(Listing listing, Verdict verdict, String note, String moderator, ListingStatus before) {
        ListingDecision decision = new ListingDecision();
        decision.listingId = listing.id;
        decision.verdict = verdict;
        decision.note = note;
        decision.decidedBy = moderator;
        decision.decidedAt = listing.updatedAt;
        decision.statusBefore = before;
        decision.statusAfter = listing.status;
        decision.score = listing.score;
        decision.signals = new ArrayList<>(listing.signals);
        decisions.persist(decision);
    }

    private void confirmCounterfeit(Listing listing, String note, String moderator) {
        outbox.append(new ListingCounterfeitConfirmed(listing.id, listing.sellerId, listing.brandIds,
                new ListingSnapshot(listing.title, listing.description, listing.brandField, listing.category,
                        new Money(listing.priceAmount, listing.priceCurrency), listing.quantity, listing.imageHashes),
                listing.score, listing.signals, note, moderator, listing.updatedAt));

        ConfirmedCounterfeit counterfeit = counterfeits.remember(listing.id, listing.brandIds, listing.text(),
                listing.updatedAt);
        List<String> alike = listings.withImagesNear(counterfeit.images(), catalog.rules().relistHamming(), listing.id,
                config.screening().rescreenLimit());
        int changed = 0;
        for (Listing other : listings.byIds(alike).values()) {
            changed += screening.rescreen(other) ? 1 : 0;
        }
        if (!alike.isEmpty()) {
            LOG.infof("counterfeit %s: %d listings with near images re-screened, %d changed status", listing.id,
                    alike.size(), changed);
        }
    }

    /** The audit trail, oldest first. */
    public List<ListingDecision> history(String id) {
        if (listings.findByIdOptional(id).isEmpty()) {
            throw ProblemException.notFound("listing", id);
        }
        return decisions.history(id);
    }
}
