package dev.ccp.seller.account.infrastructure;

import dev.ccp.seller.account.domain.SellerDecision;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class SellerDecisionRepository implements PanacheRepositoryBase<SellerDecision, Long> {

    public List<SellerDecision> history(String sellerId) {
        return list("sellerId = ?1 order by decidedAt, id", sellerId);
    }
}
