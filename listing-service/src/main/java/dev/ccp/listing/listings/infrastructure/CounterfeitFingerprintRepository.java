package dev.ccp.listing.listings.infrastructure;

import dev.ccp.listing.listings.domain.CounterfeitFingerprint;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CounterfeitFingerprintRepository implements PanacheRepositoryBase<CounterfeitFingerprint, String> {
}
