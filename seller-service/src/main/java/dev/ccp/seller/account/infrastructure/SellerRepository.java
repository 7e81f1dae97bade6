package dev.ccp.seller.account.infrastructure;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.seller.account.domain.Seller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class SellerRepository implements PanacheRepositoryBase<Seller, String> {

    /** The account, or a 404 problem naming the unknown id. */
    public Seller existing(String id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("seller", id));
    }

    /** The account, locked for a change until the transaction ends, or a 404 problem. */
    public Seller existingForUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("seller", id));
    }
}
