package dev.ccp.listing.screening.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CounterfeitFingerprintRepository implements PanacheRepositoryBase<CounterfeitFingerprint, String> {
}
