package dev.ccp.listing.listings.infrastructure;

import dev.ccp.listing.listings.domain.ListingAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ListingActionRepository implements PanacheRepositoryBase<ListingAction, Long> {

    public List<ListingAction> history(String listingId) {
        return list("listingId = ?1 order by actedAt, id", listingId);
    }
}
