package dev.ccp.listing.brand.infrastructure;

import dev.ccp.listing.brand.domain.BrandPrivilegeChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class BrandPrivilegeChangeRepository implements PanacheRepositoryBase<BrandPrivilegeChange, Long> {

    public List<BrandPrivilegeChange> history(String brandId) {
        return list("brandId = ?1 order by changedAt, id", brandId);
    }
}
