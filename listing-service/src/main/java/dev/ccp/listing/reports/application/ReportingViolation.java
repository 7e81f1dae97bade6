package dev.ccp.listing.reports.application;

import dev.ccp.contracts.listing.ViolationReportReceived;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.listings.application.ScreeningListing;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.reports.domain.ReportItemStatus;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Files a brand's violation report and screens the reported listings again with it, before answering: a reported
 * listing that was live is held for a moderator (the brand's word is evidence, not a verdict).
 */
@ApplicationScoped
public class ReportingViolation {
    private final ViolationReportRepository reports;
    private final ListingRepository listings;
    private final ScreeningListing screening;
    private final Outbox outbox;
    private final Clock clock;

    ReportingViolation(ViolationReportRepository reports, ListingRepository listings, ScreeningListing screening,
            Outbox outbox, Clock clock) {
        this.reports = reports;
        this.listings = listings;
        this.screening = screening;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Filed(ViolationReport report, Map<String, Listing> listings) {
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
        reports.flush(); // the re-screens below read the report back

        outbox.append(new ViolationReportReceived(report.id, brandId, report.type.name(), report.listingIds,
                report.receivedAt));
        for (Listing listing : reported.values()) {
            screening.rescreen(listing);
        }
        Map<String, String> itemStatuses = new LinkedHashMap<>();
        for (String listingId : report.listingIds) {
            itemStatuses.put(listingId, ReportItemStatus.of(reported.get(listingId)));
        }
        reports.recordItemStatuses(report.id, itemStatuses); // later changes are told from here on
        return new Filed(report, reported);
    }
}
