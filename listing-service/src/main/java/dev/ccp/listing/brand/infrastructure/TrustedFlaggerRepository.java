package dev.ccp.listing.brand.infrastructure;

import dev.ccp.listing.brand.domain.TrustedFlagger;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TrustedFlaggerRepository implements PanacheRepositoryBase<TrustedFlagger, String> {
}
