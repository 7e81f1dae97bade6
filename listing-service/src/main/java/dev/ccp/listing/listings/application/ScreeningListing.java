package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingEvent;
import dev.ccp.contracts.listing.ListingHeld;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingChanges;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.PromotionEvidence;
import dev.ccp.listing.listings.domain.ReportEvidence;
import dev.ccp.listing.listings.domain.SellerStandings;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.screening.domain.BrandReport;
import dev.ccp.listing.screening.domain.Evidence;
import dev.ccp.listing.screening.domain.ListingScreener.Screening;
import dev.ccp.listing.screening.domain.PromotionClaim;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs screening on a listing with everything known about it (its seller's standing, the posts promoting it,
 * confirmed counterfeits) and records the outcome, announcing it through the outbox in the same transaction.
 */
@ApplicationScoped
public class ScreeningListing {
    private final ScreeningCatalog catalog;
    private final SellerStandings sellers;
    private final PromotionEvidence promotions;
    private final ReportEvidence reports;
    private final ListingChanges changes;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry metrics;

    ScreeningListing(ScreeningCatalog catalog, SellerStandings sellers, PromotionEvidence promotions,
            ReportEvidence reports, ListingChanges changes, Outbox outbox, Clock clock, MeterRegistry metrics) {
        this.catalog = catalog;
        this.sellers = sellers;
        this.promotions = promotions;
        this.reports = reports;
        this.changes = changes;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Screens a new or edited listing and announces the outcome whatever it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void screen(Listing listing, ScreeningCause cause) {
        ListingStatus before = listing.status;
        apply(listing, evaluate(listing, cause != ScreeningCause.SUBMITTED), cause);
        outbox.append(outcomeEvent(listing, cause));
        if (cause != ScreeningCause.SUBMITTED && before != listing.status) {
            changes.changed(List.of(listing));
        }
    }

    /**
     * Screens again on new evidence. A verdict of infringement stands; a listing a moderator cleared is only held
     * again on more evidence than the moderator saw, or when its seller lost the right to sell. Announces only a
     * change of status.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rescreen(Listing listing) {
        return rescreen(listing, true);
    }

    /**
     * Screens again as {@link #rescreen} does but announces nothing: the caller's own event says where the listing
     * stands (a reinstatement).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rescreenUnannounced(Listing listing) {
        return rescreen(listing, false);
    }

    private boolean rescreen(Listing listing, boolean announce) {
        if (!listing.screenable()) {
            return false;
        }
        Screening screening = evaluate(listing, true);
        ListingStatus outcome = ListingStatus.valueOf(screening.outcome().name());
        if (listing.clearedScore != null && outcome != ListingStatus.PUBLISHED
                && screening.score() <= listing.clearedScore && !sellerBlocks(screening)) {
            return false;
        }
        ListingStatus before = listing.status;
        apply(listing, screening, ScreeningCause.RESCREENED);
        boolean changed = before != listing.status;
        if (changed && announce) {
            outbox.append(outcomeEvent(listing, ScreeningCause.RESCREENED));
        }
        if (changed) {
            changes.changed(List.of(listing));
        }
        return changed;
    }

    /**
     * Screens a batch of new listings: their sellers' standings are read in one query and the outcomes announced in
     * one outbox statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void screenNew(List<Listing> listings) {
        Map<String, SellerStandings.Standing> standings = sellers.standingsOf(
                listings.stream().map(l -> l.sellerId).distinct().toList());
        List<ListingEvent> events = new ArrayList<>(listings.size());
        for (Listing listing : listings) {
            apply(listing, evaluate(listing, false, standings.get(listing.sellerId)), ScreeningCause.SUBMITTED);
            events.add(outcomeEvent(listing, ScreeningCause.SUBMITTED));
        }
        outbox.appendAll(events);
    }

    /** @param onFile whether evidence may already be on file about the listing (posts, reports): not for a new one */
    Screening evaluate(Listing listing, boolean onFile) {
        return evaluate(listing, onFile, sellers.standingOf(listing.sellerId));
    }

    private Screening evaluate(Listing listing, boolean onFile, SellerStandings.Standing seller) {
        List<PromotionClaim> claims = onFile ? promotions.claimsOn(listing.id) : List.of();
        List<BrandReport> reported = onFile ? reports.reportsOn(listing.id) : List.of();
        Evidence evidence = new Evidence(seller.status(), seller.riskScore(), seller.riskReasons(), claims, reported);
        return catalog.screener().screen(listing.id, listing.text(), evidence);
    }

    private static boolean sellerBlocks(Screening screening) {
        return screening.signals().stream().anyMatch(s -> s.code().startsWith("SELLER_"));
    }

    private void apply(Listing listing, Screening screening, ScreeningCause cause) {
        listing.screened(screening, clock.instant());
        metrics.counter("ccp.listing.screenings", "outcome", listing.status.name(), "cause", cause.name()).increment();
    }

    static ListingEvent outcomeEvent(Listing listing, ScreeningCause cause) {
        return switch (listing.status) {
            case PUBLISHED -> new ListingPublished(listing.id, listing.sellerId, listing.brandIds, listing.score,
                    listing.signals, cause, listing.screenedAt);
            case HELD -> new ListingHeld(listing.id, listing.sellerId, listing.brandIds, listing.score,
                    listing.signals, cause, listing.screenedAt);
            case BLOCKED -> new ListingBlocked(listing.id, listing.sellerId, listing.brandIds, listing.score,
                    listing.signals, cause, listing.screenedAt);
            case REMOVED -> throw new IllegalStateException("a removal is announced as listing.removed");
        };
    }
}
