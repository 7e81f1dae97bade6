package dev.ccp.listing.brand.infrastructure;

import dev.ccp.listing.brand.domain.BrandApiKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class BrandApiKeyRepository implements PanacheRepositoryBase<BrandApiKey, String> {

    public List<BrandApiKey> ofBrand(String brandId) {
        return list("brandId = ?1 order by createdAt", brandId);
    }
}
