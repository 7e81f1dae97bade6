package dev.ccp.listing.promotions.infrastructure;

import dev.ccp.listing.promotions.domain.Promotion;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PromotionRepository implements PanacheRepositoryBase<Promotion, String> {

    public List<Promotion> promoting(String listingId) {
        return list("select p from Promotion p where ?1 member of p.listingIds order by p.reportedAt", listingId);
    }
}
