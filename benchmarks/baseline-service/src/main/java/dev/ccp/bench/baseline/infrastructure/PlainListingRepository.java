package dev.ccp.bench.baseline.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PlainListingRepository implements PanacheRepositoryBase<PlainListing, UUID> {
}
