package dev.ccp.listing.brand.infrastructure;

import dev.ccp.listing.brand.domain.Brand;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class BrandRepository implements PanacheRepositoryBase<Brand, String> {

    public Optional<Brand> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    /** By id or by key: clients know brands by either. */
    public Optional<Brand> findByIdOrKey(String idOrKey) {
        return findByIdOptional(idOrKey).or(() -> findByKey(idOrKey));
    }
}
