package dev.ccp.listing.removals.api;

import dev.ccp.listing.removals.domain.RemovalItem;
import dev.ccp.listing.removals.domain.SelfServiceRemoval;
import java.time.Instant;
import java.util.List;

/**
 * A brand's removal and what became of each listing: {@code REMOVED} (confirmed counterfeit on the brand's word;
 * takedown follows), {@code REFUSED} (with why), {@code OVERTURNED} (a granted appeal or an upheld counter-notice
 * reversed it, which counts against the brand).
 */
public record RemovalView(String id, String brandId, String reason, String requestedBy, Instant requestedAt,
        int removed, int refused, List<Item> items) {

    public record Item(String listingId, RemovalItem.Status status, RemovalItem.Refusal refusal, String detail,
            Instant overturnedAt, String overturnedBy) {
    }

    public static RemovalView of(SelfServiceRemoval removal, List<RemovalItem> items) {
        List<Item> views = items.stream().map(i -> new Item(i.listingId, i.status, i.refusal, i.refusalDetail,
                i.overturnedAt, i.overturnedBy)).toList();
        int refused = (int) items.stream().filter(i -> i.status == RemovalItem.Status.REFUSED).count();
        return new RemovalView(removal.id, removal.brandId, removal.reason, removal.requestedBy, removal.requestedAt,
                items.size() - refused, refused, views);
    }
}
