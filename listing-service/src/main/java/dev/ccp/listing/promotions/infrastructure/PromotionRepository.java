package dev.ccp.listing.promotions.infrastructure;

import dev.ccp.listing.listings.domain.PromotionEvidence;
import dev.ccp.listing.promotions.domain.Promotion;
import dev.ccp.listing.screening.domain.PromotionClaim;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PromotionRepository implements PanacheRepositoryBase<Promotion, String>, PromotionEvidence {

    public List<Promotion> promoting(String listingId) {
        return list("select p from Promotion p where ?1 member of p.listingIds order by p.reportedAt", listingId);
    }

    @Override
    public List<PromotionClaim> claimsOn(String listingId) {
        return promoting(listingId).stream()
                .map(p -> new PromotionClaim(p.id, p.platform, p.accountHandle, p.claimedBrandId, p.caption))
                .toList();
    }
}
