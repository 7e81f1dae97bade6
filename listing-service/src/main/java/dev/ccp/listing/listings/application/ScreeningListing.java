package dev.ccp.listing.listings.application;

import dev.ccp.contracts.listing.ListingBlocked;
import dev.ccp.contracts.listing.ListingEvent;
import dev.ccp.contracts.listing.ListingHeld;
import dev.ccp.contracts.listing.ListingPublished;
import dev.ccp.contracts.listing.ScreeningCause;
import dev.ccp.contracts.listing.ScreeningSignal;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingStatus;
import dev.ccp.listing.promotions.infrastructure.PromotionRepository;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import dev.ccp.listing.screening.domain.BrandReport;
import dev.ccp.listing.screening.domain.Evidence;
import dev.ccp.listing.screening.domain.ListingScreener.Screening;
import dev.ccp.listing.screening.domain.ListingText;
import dev.ccp.listing.screening.domain.PromotionClaim;
import dev.ccp.listing.sellers.application.SellerDirectory;
import dev.ccp.listing.web.ImageHashes;
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
    private final SellerDirectory sellers;
    private final PromotionRepository promotions;
    private final ViolationReportRepository reports;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry metrics;

    ScreeningListing(ScreeningCatalog catalog, SellerDirectory sellers, PromotionRepository promotions,
            ViolationReportRepository reports, Outbox outbox, Clock clock, MeterRegistry metrics) {
        this.reports = reports;
        this.catalog = catalog;
        this.sellers = sellers;
        this.promotions = promotions;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Screens a new or edited listing and announces the outcome whatever it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void screen(Listing listing, ScreeningCause cause) {
        record(listing, evaluate(listing, cause != ScreeningCause.SUBMITTED), cause, true);
    }

    /**
     * Screens again on new evidence. A verdict of infringement stands; a listing a moderator cleared is only held
     * again on more evidence than the moderator saw, or when its seller lost the right to sell. Announces only a
     * change of status.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rescreen(Listing listing) {
        if (listing.settledAsInfringing() || listing.status == ListingStatus.REMOVED) {
            return false;
        }
        Screening screening = evaluate(listing, true);
        ListingStatus outcome = ListingStatus.valueOf(screening.outcome().name());
        if (listing.clearedScore != null && outcome != ListingStatus.PUBLISHED
                && screening.score() <= listing.clearedScore && !sellerBlocks(screening)) {
            return false;
        }
        ListingStatus before = listing.status;
        record(listing, screening, ScreeningCause.RESCREENED, false);
        return before != listing.status;
    }

    /**
     * Screens a batch of new listings: their sellers' standings are read in one query and the outcomes announced in
     * one outbox statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void screenNew(List<Listing> listings) {
        Map<String, SellerDirectory.Standing> standings = sellers.standingsOf(
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

    private Screening evaluate(Listing listing, boolean onFile, SellerDirectory.Standing seller) {
        ListingText text = new ListingText(listing.sellerId, listing.title, listing.description, listing.brandField,
                listing.category, listing.priceAmount, listing.priceCurrency, listing.quantity,
                ImageHashes.parseAll(listing.imageHashes));
        List<PromotionClaim> claims = !onFile ? List.of() : promotions.promoting(listing.id).stream()
                .map(p -> new PromotionClaim(p.id, p.platform, p.accountHandle, p.claimedBrandId, p.caption))
                .toList();
        List<BrandReport> reported = !onFile ? List.of() : reports.reporting(listing.id).stream()
                .map(r -> new BrandReport(r.brandId, r.type.name())).toList();
        Evidence evidence = new Evidence(seller.status(), seller.riskScore(), seller.riskReasons(), claims, reported);
        return catalog.screener().screen(listing.id, text, evidence);
    }

    private static boolean sellerBlocks(Screening screening) {
        return screening.signals().stream().anyMatch(s -> s.code().startsWith("SELLER_"));
    }

    private void record(Listing listing, Screening screening, ScreeningCause cause, boolean always) {
        ListingStatus before = listing.status;
        apply(listing, screening, cause);
        if (always || before != listing.status) {
            outbox.append(outcomeEvent(listing, cause));
        }
    }

    private void apply(Listing listing, Screening screening, ScreeningCause cause) {
        listing.status = ListingStatus.valueOf(screening.outcome().name());
        listing.score = screening.score();
        listing.signals = new ArrayList<>(screening.signals().stream()
                .map(s -> new ScreeningSignal(s.code(), s.weight(), s.detail())).toList());
        listing.brandIds = new ArrayList<>(screening.brandIds().stream().sorted().toList());
        listing.screenedAt = clock.instant();
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
            case REMOVED -> throw new IllegalStateException("screening never removes a listing");
        };
    }
}
