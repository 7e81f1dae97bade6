package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingEvent;
import dev.ccp.contracts.listing.ListingHeld;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.listings.domain.PromotionEvidence;
import dev.ccp.listing.listings.domain.ReportEvidence;
import dev.ccp.listing.listings.domain.SellerStandings;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.screening.domain.BrandReport;
import dev.ccp.listing.screening.domain.Evidence;
import dev.ccp.listing.screening.domain.ListingScreener.Screening;
import dev.ccp.listing.screening.domain.PromotionClaim;
import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Event<ListingScreened> screened;

    ScreeningListing(ScreeningCatalog catalog, SellerStandings sellers, PromotionEvidence promotions,
            ReportEvidence reports, Outbox outbox, Clock clock, MeterRegistry metrics,
            Event<ListingScreened> screened) {
        this.catalog = catalog;
        this.sellers = sellers;
        this.promotions = promotions;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
        this.screened = screened;
    }

    /**
     * Screens a new or edited listing and announces the outcome whatever it is. A new listing of a seller that
     * seller-service says does not exist is refused (nothing is stored); one whose seller nobody could vouch for
     * yet is held, as any unverified seller's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void screen(Listing listing, ScreeningCause cause) {
        SellerStandings.Standing seller = sellers.standingOf(listing.sellerId);
        if (cause == ScreeningCause.SUBMITTED) {
            refuseMissingSeller(seller, listing.sellerId, "sellerId");
        }
        apply(listing, evaluate(listing, cause != ScreeningCause.SUBMITTED, seller, cause), cause);
        outbox.append(outcomeEvent(listing, cause));
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
        Screening screening = evaluate(listing, true, sellers.standingOf(listing.sellerId), ScreeningCause.RESCREENED);
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
        for (int i = 0; i < listings.size(); i++) {
            refuseMissingSeller(standings.get(listings.get(i).sellerId), listings.get(i).sellerId,
                    "listings[" + i + "].sellerId");
        }
        List<ListingEvent> events = new ArrayList<>(listings.size());
        for (Listing listing : listings) {
            apply(listing, evaluate(listing, false, standings.get(listing.sellerId), ScreeningCause.SUBMITTED),
                    ScreeningCause.SUBMITTED);
            events.add(outcomeEvent(listing, ScreeningCause.SUBMITTED));
        }
        outbox.appendAll(events);
    }

    /** Everything on file about a stored listing today: its seller's standing, the posts and reports on it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Evidence evidenceOn(Listing listing) {
        return evidence(listing, true, sellers.standingOf(listing.sellerId));
    }

    /**
     * Screens with the active rules and tells whoever listens (shadow mode) what it screened and found, so that a
     * staged configuration can be tried on the same listing and evidence.
     *
     * @param onFile whether evidence may already be on file about the listing (posts, reports): not for a new one
     */
    private Screening evaluate(Listing listing, boolean onFile, SellerStandings.Standing seller, ScreeningCause cause) {
        Evidence evidence = evidence(listing, onFile, seller);
        Screening screening = catalog.screener().screen(listing.id, listing.text(), evidence);
        screened.fire(new ListingScreened(listing.id, cause, listing.text(), evidence, screening));
        return screening;
    }

    private Evidence evidence(Listing listing, boolean onFile, SellerStandings.Standing seller) {
        List<PromotionClaim> claims = onFile ? promotions.claimsOn(listing.id) : List.of();
        List<BrandReport> reported = onFile ? reports.reportsOn(listing.id) : List.of();
        return new Evidence(seller.status(), seller.riskScore(), seller.riskReasons(), claims, reported);
    }

    /** Refused, not held: a listing of a seller that does not exist would wait in the queue for nobody. */
    private static void refuseMissingSeller(SellerStandings.Standing seller, String sellerId, String field) {
        if (seller.missing()) {
            String message = "seller-service knows no seller " + sellerId;
            throw new ProblemException(422, "Unknown seller", field + ": " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
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
