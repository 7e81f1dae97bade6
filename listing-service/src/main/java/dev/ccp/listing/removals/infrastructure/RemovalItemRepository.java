package dev.ccp.listing.removals.infrastructure;

import dev.ccp.listing.removals.domain.RemovalItem;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class RemovalItemRepository implements PanacheRepositoryBase<RemovalItem, Long> {

    /** Each removal's items, in the order the brand named the listings. */
    public Map<String, List<RemovalItem>> ofRemovals(Collection<String> removalIds) {
        if (removalIds.isEmpty()) {
            return Map.of();
        }
        return list("removalId in ?1 order by removalId, position", removalIds).stream()
                .collect(Collectors.groupingBy(i -> i.removalId));
    }

    /** The brand's standing removal of the listing (not refused), locked, if it has one. */
    public List<RemovalItem> removedByBrandForUpdate(String brandId, String listingId) {
        return find("brandId = ?1 and listingId = ?2 and status = ?3", brandId, listingId, RemovalItem.Status.REMOVED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public RemovalItem inRemoval(String removalId, String listingId) {
        return find("removalId = ?1 and listingId = ?2 and status <> ?3", removalId, listingId,
                RemovalItem.Status.REFUSED).firstResult();
    }

    /** Listings the brand removed since {@code from}, and how many of them were overturned. */
    public long[] removedAndOverturnedSince(String brandId, Instant from) {
        Object[] row = (Object[]) getEntityManager().createQuery("""
                select count(i), coalesce(sum(case when i.status = :overturned then 1 else 0 end), 0)
                from RemovalItem i where i.brandId = :brand and i.removedAt >= :from and i.status in :counted""")
                .setParameter("overturned", RemovalItem.Status.OVERTURNED)
                .setParameter("brand", brandId)
                .setParameter("from", from)
                .setParameter("counted", List.of(RemovalItem.Status.REMOVED, RemovalItem.Status.OVERTURNED))
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
