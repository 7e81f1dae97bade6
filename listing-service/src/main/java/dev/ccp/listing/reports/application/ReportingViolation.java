package dev.ccp.listing.reports.application;

import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.listings.application.ScreeningListing;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.reports.domain.ReportDisposition;
import dev.ccp.listing.reports.domain.ReportItemStatus;
import dev.ccp.listing.reports.domain.ReportedListing;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.infrastructure.ReportedListingRepository;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import dev.ccp.listing.screening.application.ScreeningCatalog;
import dev.ccp.listing.screening.domain.Evidence;
import dev.ccp.listing.screening.domain.ListingScreener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files a brand's violation report; every reported listing joins the review queue. A report cannot be turned
 * against sellers: it holds a listing (as screening evidence, screened again before the answer) only when the
 * listing relates to the reporting brand, i.e. screening finds the brand's words, products or images in it, and
 * only while the brand's open reports hold fewer than {@code listing.reports.held-quota} listings. Otherwise the
 * listing stays as it is and waits for a moderator ({@link ReportDisposition}).
 */
@ApplicationScoped
public class ReportingViolation {
    private final ViolationReportRepository reports;
    private final ReportedListingRepository items;
    private final ListingRepository listings;
    private final ScreeningListing screening;
    private final ScreeningCatalog catalog;
    private final Outbox outbox;
    private final ListingConfig config;
    private final Clock clock;

    ReportingViolation(ViolationReportRepository reports, ReportedListingRepository items, ListingRepository listings,
            ScreeningListing screening, ScreeningCatalog catalog, Outbox outbox, ListingConfig config, Clock clock) {
        this.reports = reports;
        this.items = items;
        this.listings = listings;
        this.screening = screening;
        this.catalog = catalog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public record Filed(ViolationReport report, Map<String, Listing> listings,
            Map<String, ReportDisposition> dispositions) {
    }

    @Transactional
    public Filed report(String brandId, ReportViolation request, String reporter) {
        List<String> ids = request.listingIds().stream().map(String::trim).distinct().toList();
        Map<String, Listing> reported = listings.allNamed(request.listingIds());
        ViolationReport report = new ViolationReport();
        report.id = UUID.randomUUID().toString();
        report.brandId = brandId;
        report.type = request.type();
        report.evidence = request.evidence();
        report.reportedBy = reporter;
        report.receivedAt = clock.instant();
        report.listingIds = new ArrayList<>(ids);
        reports.persist(report);

        Map<String, ReportDisposition> dispositions = dispose(report, ids, reported);
        dispositions.forEach((id, disposition) -> items.persist(new ReportedListing(report, id, disposition)));
        reports.flush(); // the re-screens below read the holding reports back

        outbox.append(new ViolationReportReceived(report.id, brandId, report.type.name(), report.listingIds,
                report.receivedAt));
        for (String id : ids) {
            if (dispositions.get(id).holds()) {
                screening.rescreen(reported.get(id));
            }
        }
        Map<String, String> itemStatuses = new LinkedHashMap<>();
        for (String listingId : report.listingIds) {
            itemStatuses.put(listingId, ReportItemStatus.of(reported.get(listingId)));
        }
        reports.recordItemStatuses(report.id, itemStatuses); // later changes are told from here on
        return new Filed(report, reported, dispositions);
    }

    private Map<String, ReportDisposition> dispose(ViolationReport report, List<String> ids,
            Map<String, Listing> reported) {
        items.lockBrandQuota(report.brandId);
        long held = items.openHolds(report.brandId);
        int quota = config.reports().heldQuota();
        ListingScreener screener = catalog.screener();
        Map<String, ReportDisposition> dispositions = new LinkedHashMap<>();
        for (String id : ids) {
            Listing listing = reported.get(id);
            ReportDisposition disposition;
            if (!relatesTo(screener, listing, report.brandId)) {
                disposition = ReportDisposition.QUEUED_UNRELATED;
            } else if (open(listing) && held >= quota) {
                disposition = ReportDisposition.QUEUED_OVER_QUOTA;
            } else {
                disposition = ReportDisposition.HOLDING;
                held += open(listing) ? 1 : 0;
            }
            dispositions.put(id, disposition);
        }
        return dispositions;
    }

    /**
     * Whether screening, on the listing alone (no reports, no posts, its seller taken as verified), finds anything
     * of the brand in it: its name, aliases or protected terms, a product's signature terms or price, a reference
     * image, a confirmed counterfeit of it.
     */
    private static boolean relatesTo(ListingScreener screener, Listing listing, String brandId) {
        return screener.screen(listing.id, listing.text(), Evidence.none()).signals().stream()
                .anyMatch(s -> brandId.equals(s.brandId()));
    }

    /** A listing the quota counts: no verdict yet and not taken down. */
    private static boolean open(Listing listing) {
        return listing.verdict == null && !listing.removed();
    }
}
