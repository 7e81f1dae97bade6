package dev.ccp.listing.removals.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One listing a brand's removal named: removed (confirmed counterfeit on the brand's word), refused with why, or
 * removed and later overturned (a granted appeal or an upheld counter-notice), which counts against the brand.
 */
@Entity
@Table(name = "self_service_removal_item")
public class RemovalItem {
    public enum Status { REMOVED, REFUSED, OVERTURNED }

    /** Why a listing was not removed. */
    public enum Refusal { UNKNOWN_LISTING, NOT_RELATED_TO_BRAND, ALREADY_FOUND_INFRINGING, ALREADY_REMOVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String removalId;
    public int position;
    public String brandId;
    public String listingId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Enumerated(EnumType.STRING)
    public Refusal refusal;
    public String refusalDetail;
    public Instant removedAt;
    public Instant overturnedAt;
    /** What overturned it: {@code appeal:<id>} or {@code counter-notice:<id>}. */
    public String overturnedBy;

    protected RemovalItem() {
    }

    public static RemovalItem removed(SelfServiceRemoval removal, int position, String listingId) {
        RemovalItem item = of(removal, position, listingId, Status.REMOVED);
        item.removedAt = removal.requestedAt;
        return item;
    }

    public static RemovalItem refused(SelfServiceRemoval removal, int position, String listingId, Refusal why,
            String detail) {
        RemovalItem item = of(removal, position, listingId, Status.REFUSED);
        item.refusal = why;
        item.refusalDetail = detail;
        return item;
    }

    private static RemovalItem of(SelfServiceRemoval removal, int position, String listingId, Status status) {
        RemovalItem item = new RemovalItem();
        item.removalId = removal.id;
        item.position = position;
        item.brandId = removal.brandId;
        item.listingId = listingId;
        item.status = status;
        return item;
    }

    /** @return false when it was already overturned (the same reversal told twice counts once) */
    public boolean overturn(String by, Instant at) {
        if (status != Status.REMOVED) {
            return false;
        }
        status = Status.OVERTURNED;
        overturnedBy = by;
        overturnedAt = at;
        return true;
    }
}
