package dev.ccp.listing.counternotices.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.counternotices.domain.CounterNotice;
import dev.ccp.listing.counternotices.infrastructure.CounterNoticeRepository;
import dev.ccp.listing.listings.application.OverturningListing;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.removals.application.TrackingOverturns;
import dev.ccp.listing.webhooks.application.BrandNotifications;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;

/**
 * A reviewer (moderator, trust-admin) decides a counter-notice once. UPHELD: the listing is found not infringing
 * and comes back (a removed one through the reinstatement path), the brand's report item is thereby rejected or its
 * removal overturned (which counts against the brand). REJECTED: nothing changes. Either way the brand is told, and
 * {@code ccp.listing.counter-notices.decided} counts it.
 */
@ApplicationScoped
public class DecidingCounterNotice {
    private final CounterNoticeRepository notices;
    private final ListingRepository listings;
    private final OverturningListing overturning;
    private final TrackingOverturns overturns;
    private final BrandNotifications notifications;
    private final MeterRegistry metrics;
    private final Clock clock;

    DecidingCounterNotice(CounterNoticeRepository notices, ListingRepository listings,
            OverturningListing overturning, TrackingOverturns overturns, BrandNotifications notifications,
            MeterRegistry metrics, Clock clock) {
        this.notices = notices;
        this.listings = listings;
        this.overturning = overturning;
        this.overturns = overturns;
        this.notifications = notifications;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public CounterNotice decide(String id, boolean upheld, String note, String reviewer) {
        CounterNotice notice = notices.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("counter-notice", id));
        if (!notice.pending()) {
            throw ProblemException.conflict("counter-notice " + id + " was already " + notice.status);
        }
        notice.decide(upheld, reviewer, note, clock.instant());
        if (upheld) {
            Listing listing = listings.findByIdOptional(notice.listingId, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> ProblemException.notFound("listing", notice.listingId));
            overturning.clear(listing, "counter-notice " + notice.id + " upheld" + (note == null ? "" : ": " + note),
                    reviewer, notice.id);
            if (notice.target == CounterNotice.Target.REMOVAL) {
                overturns.overturned(notice.brandId, notice.listingId, "counter-notice:" + notice.id);
            }
        }
        metrics.counter("ccp.listing.counter-notices.decided", "target", notice.target.name(), "outcome",
                notice.status.name()).increment();
        notifications.notify(notice.brandId, "counter-notice.decided", notice.id, Map.of(
                "listingId", notice.listingId,
                notice.target == CounterNotice.Target.REPORT ? "reportId" : "removalId", notice.disputedId(),
                "outcome", notice.status.name()));
        return notice;
    }
}
