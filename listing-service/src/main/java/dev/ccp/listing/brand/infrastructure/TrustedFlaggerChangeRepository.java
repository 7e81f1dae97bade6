package dev.ccp.listing.brand.infrastructure;

import dev.ccp.listing.brand.domain.TrustedFlaggerChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TrustedFlaggerChangeRepository implements PanacheRepositoryBase<TrustedFlaggerChange, Long> {

    /** Oldest first. */
    public List<TrustedFlaggerChange> history(String brandId) {
        return list("brandId = ?1 order by id", brandId);
    }
}
