package dev.ccp.seller.denylist.infrastructure;

import dev.ccp.seller.denylist.domain.DenylistEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class DenylistRepository implements PanacheRepositoryBase<DenylistEntry, Long> {

    public List<DenylistEntry> forSeller(String sellerId) {
        return list("sellerId = ?1 order by id", sellerId);
    }

    /** Bars every identity attribute of an account but its network address; returns how many entries are new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int denylistAccount(String sellerId, String source, String reason, String actor, Instant at) {
        return getEntityManager().createNativeQuery("""
                insert into denylist_entry (seller_id, kind, value_hash, source, reason, created_by, created_at)
                select seller_id, kind, value_hash, :source, :reason, :actor, :at from seller_identity
                where seller_id = :seller and kind <> 'IP_ADDRESS'
                on conflict (kind, value_hash, source) do nothing""")
                .setParameter("seller", sellerId).setParameter("source", source).setParameter("reason", reason)
                .setParameter("actor", actor).setParameter("at", at).executeUpdate();
    }
}
