package dev.ccp.listing.counternotices.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.counternotices.domain.CounterNotice;
import dev.ccp.listing.counternotices.infrastructure.CounterNoticeRepository;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.removals.domain.RemovalItem;
import dev.ccp.listing.removals.domain.SelfServiceRemoval;
import dev.ccp.listing.removals.infrastructure.RemovalItemRepository;
import dev.ccp.listing.removals.infrastructure.SelfServiceRemovalRepository;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import dev.ccp.listing.webhooks.application.BrandNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Files a seller's counter-notice: the listing must be the seller's, and the report or removal must name it; one
 * open counter-notice per listing and brand. The brand is told.
 */
@ApplicationScoped
public class FilingCounterNotice {
    private final CounterNoticeRepository notices;
    private final ListingRepository listings;
    private final ViolationReportRepository reports;
    private final SelfServiceRemovalRepository removals;
    private final RemovalItemRepository removalItems;
    private final BrandNotifications notifications;
    private final Clock clock;

    FilingCounterNotice(CounterNoticeRepository notices, ListingRepository listings, ViolationReportRepository reports,
            SelfServiceRemovalRepository removals, RemovalItemRepository removalItems,
            BrandNotifications notifications, Clock clock) {
        this.notices = notices;
        this.listings = listings;
        this.reports = reports;
        this.removals = removals;
        this.removalItems = removalItems;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public CounterNotice file(FileCounterNotice command, String filedBy) {
        if ((command.reportId() == null) == (command.removalId() == null)) {
            throw ProblemException.badRequest(command.reportId() == null ? "reportId" : "removalId",
                    "name exactly one of reportId (a brand's report) and removalId (a brand's own removal)");
        }
        Listing listing = listings.findByIdOptional(command.listingId().trim())
                .orElseThrow(() -> ProblemException.badRequest("listingId", "no such listing"));
        if (!listing.sellerId.equals(command.sellerId().trim())) {
            throw ProblemException.badRequest("sellerId", "the listing is not this seller's");
        }
        CounterNotice notice = new CounterNotice();
        notice.id = UUID.randomUUID().toString();
        notice.listingId = listing.id;
        notice.sellerId = listing.sellerId;
        if (command.reportId() != null) {
            ViolationReport report = reports.findByIdOptional(command.reportId().trim())
                    .filter(r -> r.listingIds.contains(listing.id))
                    .orElseThrow(() -> ProblemException.badRequest("reportId", "no report of this listing"));
            if (listing.settledAsInfringing()) {
                throw ProblemException.conflict("a moderator found listing " + listing.id + " " + listing.verdict
                        + ": the seller appeals the takedown instead");
            }
            notice.target = CounterNotice.Target.REPORT;
            notice.reportId = report.id;
            notice.brandId = report.brandId;
        } else {
            SelfServiceRemoval removal = removals.findByIdOptional(command.removalId().trim())
                    .orElseThrow(() -> ProblemException.badRequest("removalId", "no such removal"));
            RemovalItem item = removalItems.inRemoval(removal.id, listing.id);
            if (item == null) {
                throw ProblemException.badRequest("removalId", "the removal did not remove this listing");
            }
            if (item.status == RemovalItem.Status.OVERTURNED) {
                throw ProblemException.conflict("the removal of listing " + listing.id + " was already overturned");
            }
            notice.target = CounterNotice.Target.REMOVAL;
            notice.removalId = removal.id;
            notice.brandId = removal.brandId;
        }
        if (notices.openOn(listing.id, notice.brandId)) {
            throw ProblemException.conflict("a counter-notice on listing " + listing.id + " is already open");
        }
        notice.file(command.reasons().trim(), filedBy, clock.instant());
        notices.persist(notice);
        notifications.notify(notice.brandId, "counter-notice.filed", notice.id, Map.of("listingId", listing.id,
                notice.target == CounterNotice.Target.REPORT ? "reportId" : "removalId", notice.disputedId()));
        return notice;
    }
}
