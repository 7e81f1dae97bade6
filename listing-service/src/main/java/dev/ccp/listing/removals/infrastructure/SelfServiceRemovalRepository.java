package dev.ccp.listing.removals.infrastructure;

import dev.ccp.listing.removals.domain.SelfServiceRemoval;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class SelfServiceRemovalRepository implements PanacheRepositoryBase<SelfServiceRemoval, String> {

    /** The brand's removals, newest first. */
    public List<SelfServiceRemoval> ofBrand(String brandId, int offset, int limit) {
        return find("brandId = ?1 order by requestedAt desc, id", brandId).range(offset, offset + limit - 1).list();
    }

    public long countOfBrand(String brandId) {
        return count("brandId", brandId);
    }
}
