package dev.ccp.listing.brand.infrastructure;

import dev.ccp.listing.brand.domain.BrandApiKey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BrandApiKeyRepository implements PanacheRepositoryBase<BrandApiKey, String> {

    public List<BrandApiKey> ofBrand(String brandId) {
        return list("brandId = ?1 order by createdAt", brandId);
    }

    /** The keys issued with any of these keys' tokens. */
    public List<BrandApiKey> issuedWith(Collection<String> keyIds) {
        return list("createdByKey in ?1", keyIds);
    }

    /** The key, locked until the transaction ends: issuing with it and revoking it happen one after the other. */
    public Optional<BrandApiKey> findLocked(String keyId) {
        return findByIdOptional(keyId, LockModeType.PESSIMISTIC_WRITE);
    }
}
