package dev.ccp.seller.infrastructure;

import dev.ccp.seller.domain.DenylistEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DenylistRepository implements PanacheRepositoryBase<DenylistEntry, Long> {

    public List<DenylistEntry> forSeller(String sellerId) {
        return list("sellerId = ?1 order by id", sellerId);
    }
}
