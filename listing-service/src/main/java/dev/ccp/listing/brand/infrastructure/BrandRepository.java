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

    /**
     * Another brand already goes by this folded name, as its name or as its key (a renamed brand keeps its key,
     * and the key still names it to clients).
     */
    public boolean nameTaken(String nameKey, String exceptBrandId) {
        return count("(nameKey = ?1 or key = ?1) and id <> ?2", nameKey, exceptBrandId == null ? "" : exceptBrandId) > 0;
    }
}
