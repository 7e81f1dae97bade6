package dev.ccp.seller.verification.infrastructure;

import dev.ccp.seller.verification.domain.IdentityRead;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdentityReadRepository implements PanacheRepositoryBase<IdentityRead, Long> {
}
