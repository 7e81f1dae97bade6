package dev.ccp.listing.brand.infrastructure;

import dev.ccp.listing.brand.domain.BrandChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class BrandChangeRepository implements PanacheRepositoryBase<BrandChange, String> {

    public Optional<BrandChange> pendingOf(String brandId) {
        return find("brandId = ?1 and status = ?2", brandId, BrandChange.Status.PENDING).firstResultOptional();
    }

    /** The pending change of each of these brands that has one. */
    public Map<String, BrandChange> pendingOf(Collection<String> brandIds) {
        if (brandIds.isEmpty()) {
            return Map.of();
        }
        return list("brandId in ?1 and status = ?2", brandIds, BrandChange.Status.PENDING).stream()
                .collect(Collectors.toMap(c -> c.brandId, c -> c));
    }

    /** Oldest first: the order staff work through them. */
    public List<BrandChange> withStatus(BrandChange.Status status, int offset, int limit) {
        return find("status = ?1 order by proposedAt, id", status).range(offset, offset + limit - 1).list();
    }

    public long countWithStatus(BrandChange.Status status) {
        return count("status", status);
    }
}
