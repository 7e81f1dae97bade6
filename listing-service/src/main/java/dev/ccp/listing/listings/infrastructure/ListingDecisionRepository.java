package dev.ccp.listing.listings.infrastructure;

import dev.ccp.listing.listings.domain.ListingDecision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ListingDecisionRepository implements PanacheRepositoryBase<ListingDecision, Long> {

    public List<ListingDecision> history(String listingId) {
        return list("listingId = ?1 order by id", listingId);
    }
}
