package dev.ccp.listing.listings.application;

import dev.ccp.contracts.Money;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingReviewed;
import dev.ccp.contracts.listing.ListingSnapshot;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingDecision;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.ReviewLeases;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A moderator's verdict, audited (who, when, the note) and announced as {@code listing.reviewed}; it takes the
 * listing out of the review queue. A listing another moderator holds a lease on is theirs to decide (409); one
 * nobody holds may be decided directly. COUNTERFEIT blocks the listing, teaches relisting detection its words and
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
    private final Outbox outbox;
    private final ReviewLeases leases;
    private final ListingConfig config;
    private final Clock clock;

    DecidingListing(ListingRepository listings, ListingDecisionRepository decisions,
            RememberingCounterfeit counterfeits, ScreeningListing screening, ScreeningCatalog catalog,
            Outbox outbox, ReviewLeases leases, ListingConfig config, Clock clock) {
        this.listings = listings;
        this.decisions = decisions;
        this.counterfeits = counterfeits;
        this.screening = screening;
        this.catalog = catalog;
        this.outbox = outbox;
        this.leases = leases;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Listing decide(DecideListing command, String moderator) {
        String id = command.listingId();
        Verdict verdict = command.verdict();
        String note = command.note();
        requireTypeOnlyForOtherInfringement(command);
        Listing listing = listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("listing", id));
        Instant claimedAt = leases.settle(id, moderator).orElse(null);
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
        ListingDecision decision = audit(listing, command, moderator, before, claimedAt);
        outbox.append(new ListingReviewed(listing.id, listing.sellerId, listing.brandIds, verdict.name(),
                command.infringementType() == null ? null : command.infringementType().name(), note, moderator,
                before.name(), listing.status.name(), listing.score, decision.decidedAt));
        if (before != listing.status) {
            outbox.append(ScreeningListing.outcomeEvent(listing, ScreeningCause.REVIEWED));
        }
        if (verdict == Verdict.COUNTERFEIT) {
            confirmCounterfeit(listing, note, moderator);
        }
        return listing;
    }

    private static void requireTypeOnlyForOtherInfringement(DecideListing command) {
        boolean other = command.verdict() == Verdict.OTHER_INFRINGEMENT;
        if (other && command.infringementType() == null) {
            throw ProblemException.badRequest("infringementType", "required for OTHER_INFRINGEMENT: "
                    + "TRADEMARK_OTHER, COPYRIGHT, DESIGN or PATENT");
        }
        if (!other && command.infringementType() != null) {
            throw ProblemException.badRequest("infringementType", "only OTHER_INFRINGEMENT names an infringement type");
        }
    }

    private ListingDecision audit(Listing listing, DecideListing command, String moderator, ListingStatus before,
            Instant claimedAt) {
        ListingDecision decision = new ListingDecision();
        decision.listingId = listing.id;
        decision.verdict = command.verdict();
        decision.infringementType = command.infringementType();
        decision.note = command.note();
        decision.decidedBy = moderator;
        decision.decidedAt = listing.updatedAt;
        decision.claimedAt = claimedAt;
        decision.statusBefore = before;
        decision.statusAfter = listing.status;
        decision.score = listing.score;
        decision.signals = new ArrayList<>(listing.signals);
        decisions.persist(decision);
        return decision;
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
