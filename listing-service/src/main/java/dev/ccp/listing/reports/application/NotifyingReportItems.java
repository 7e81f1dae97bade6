package dev.ccp.listing.reports.application;

import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingChanges;
import dev.ccp.listing.reports.domain.ReportItemStatus;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository;
import dev.ccp.listing.reports.infrastructure.ViolationReportRepository.ItemStatus;
import dev.ccp.listing.webhooks.application.BrandNotifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * When a reported listing changes, tells each brand that reported it, through its webhooks, if the item's status
 * as the brand sees it ({@link ReportItemStatus}) differs from the one it was last told of; a change the brand
 * cannot see (held to live, say, or a rejected listing held again) tells nothing, and the same status is never told
 * twice. Called once per transaction for every listing whose status or verdict changed in it, whichever path changed
 * it, just before it commits: so the brand hears of where the listing ended up, once, and of nothing that rolls back.
 */
@ApplicationScoped
public class NotifyingReportItems implements ListingChanges {
    public static final String ITEM_STATUS_CHANGED = "violation-report.item-status-changed";

    private final ViolationReportRepository reports;
    private final BrandNotifications notifications;

    NotifyingReportItems(ViolationReportRepository reports, BrandNotifications notifications) {
        this.reports = reports;
        this.notifications = notifications;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Collection<Listing> listings) {
        if (listings.isEmpty()) {
            return;
        }
        Map<String, Listing> byId = listings.stream()
                .collect(Collectors.toMap(l -> l.id, Function.identity(), (a, b) -> b, LinkedHashMap::new));
        for (ItemStatus item : reports.itemStatusesOf(byId.keySet())) {
            String now = ReportItemStatus.of(byId.get(item.listingId()));
            if (now.equals(item.status())) {
                continue;
            }
            reports.updateItemStatus(item.reportId(), item.listingId(), now);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("reportId", item.reportId());
            data.put("listingId", item.listingId());
            data.put("status", now);
            data.put("previousStatus", item.status());
            notifications.notify(item.brandId(), ITEM_STATUS_CHANGED, item.reportId(), data);
        }
    }
}
