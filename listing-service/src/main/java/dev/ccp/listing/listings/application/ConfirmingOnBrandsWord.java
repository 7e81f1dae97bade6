package dev.ccp.listing.listings.application;

import dev.ccp.contracts.Money;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.contracts.listing.ListingSnapshot;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingDecision;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import dev.ccp.listing.listings.infrastructure.ListingDecisionRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * A brand with self-service removal confirms a listing counterfeit itself: the listing is blocked at once and
 * {@code listing.counterfeit-confirmed} goes out with {@code decidedBy} = {@code brand:<brandId>}, so takedown
 * follows and can tell the brand's own removal from a moderator's (an appeal granted against it counts against the
 * brand). Audited as a verdict. Unlike a moderator's, the brand's word teaches relisting detection nothing.
 */
@ApplicationScoped
public class ConfirmingOnBrandsWord {
    /** How a brand's own confirmation names who decided: takedown-service recognises exactly this form. */
    public static final String DECIDED_BY_PREFIX = "brand:";

    private final ListingDecisionRepository decisions;
    private final Outbox outbox;
    private final Clock clock;

    ConfirmingOnBrandsWord(ListingDecisionRepository decisions, Outbox outbox, Clock clock) {
        this.decisions = decisions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public static String decidedBy(String brandId) {
        return DECIDED_BY_PREFIX + brandId;
    }

    /** @param listing locked by the caller, neither removed nor already found infringing */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(Listing listing, String brandId, String note) {
        ListingStatus before = listing.status;
        listing.decided(Verdict.COUNTERFEIT, clock.instant());
        ListingDecision decision = ListingDecision.of(listing, Verdict.COUNTERFEIT, note, decidedBy(brandId), before,
                listing.updatedAt);
        decisions.persist(decision);
        if (before != listing.status) {
            outbox.append(ScreeningListing.outcomeEvent(listing, ScreeningCause.REVIEWED));
        }
        List<String> brands = new ArrayList<>(listing.brandIds);
        if (!brands.contains(brandId)) {
            brands.add(brandId);
        }
        outbox.append(new ListingCounterfeitConfirmed(listing.id, listing.sellerId, brands,
                new ListingSnapshot(listing.title, listing.description, listing.brandField, listing.category,
                        new Money(listing.priceAmount, listing.priceCurrency), listing.quantity, listing.imageHashes),
                listing.score, listing.signals, note, decision.decidedBy, listing.updatedAt));
    }
}
