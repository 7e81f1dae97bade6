package dev.ccp.listing.sellers.infrastructure;

import dev.ccp.listing.screening.domain.SellerStanding;
import dev.ccp.listing.sellers.domain.KnownSeller;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class KnownSellerRepository implements PanacheRepositoryBase<KnownSeller, String> {
    private static final String STANDING = "select new " + Standing.class.getName()
            + "(s.sellerId, s.status, s.riskScore, s.riskReasons) from KnownSeller s where s.sellerId ";

    /** What screening reads of a seller. */
    public record Standing(String sellerId, SellerStanding status, int riskScore, List<String> riskReasons) {
    }

    /**
     * For reading only, as every listing submission does: no managed entity, so nothing is deep-copied for change
     * tracking or compared at commit. Pending changes to the seller in this transaction are flushed first.
     */
    public Optional<Standing> standingOf(String sellerId) {
        return getEntityManager().createQuery(STANDING + "= :id", Standing.class).setParameter("id", sellerId)
                .getResultStream().findFirst();
    }

    public List<Standing> standingsOf(Collection<String> sellerIds) {
        return getEntityManager().createQuery(STANDING + "in :ids", Standing.class).setParameter("ids", sellerIds)
                .getResultList();
    }
}
