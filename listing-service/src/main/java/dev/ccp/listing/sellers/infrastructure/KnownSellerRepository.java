package dev.ccp.listing.sellers.infrastructure;

import dev.ccp.listing.sellers.domain.KnownSeller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class KnownSellerRepository implements PanacheRepositoryBase<KnownSeller, String> {
}
