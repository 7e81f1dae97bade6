package dev.ccp.seller.infrastructure;

import dev.ccp.seller.domain.identity.IdentityKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who shares which identity attribute with whom: keyed hashes, equality look-ups on the primary key. */
@ApplicationScoped
public class IdentityGraph {
    static final List<String> BARRED = List.of("CLOSED", "SUSPENDED", "REJECTED");

    private final EntityManager em;

    IdentityGraph(EntityManager em) {
        this.em = em;
    }

    /** An account sharing an attribute kind, and where that account stands. */
    public record Match(String sellerId, IdentityKind kind, String status) {
        public boolean barred() {
            return BARRED.contains(status);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> matches(List<HashedAttribute> attributes, String excludingSellerId) {
        if (attributes.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select si.seller_id, si.kind, s.status from seller_identity si join seller s on s.id = si.seller_id
                where si.seller_id <> :self and (""");
        for (int i = 0; i < attributes.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(si.kind = :k").append(i).append(" and si.value_hash = :h").append(i).append(")");
        }
        Query query = bind(em.createNativeQuery(sql.append(")").toString()), attributes)
                .setParameter("self", excludingSellerId == null ? "" : excludingSellerId);
        List<Match> matches = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cols = (Object[]) row;
            matches.add(new Match((String) cols[0], IdentityKind.valueOf((String) cols[1]), (String) cols[2]));
        }
        return matches;
    }

    /** The kinds of these attributes that are on the denylist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<IdentityKind> denylisted(List<HashedAttribute> attributes) {
        Set<IdentityKind> kinds = EnumSet.noneOf(IdentityKind.class);
        if (attributes.isEmpty()) {
            return kinds;
        }
        StringBuilder sql = new StringBuilder("select distinct kind from denylist_entry where ");
        for (int i = 0; i < attributes.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(kind = :k").append(i).append(" and value_hash = :h").append(i).append(")");
        }
        for (Object kind : bind(em.createNativeQuery(sql.toString()), attributes).getResultList()) {
            kinds.add(IdentityKind.valueOf((String) kind));
        }
        return kinds;
    }

    /**
     * Shop names of closed or suspended accounts that may be look-alikes of this one: those sharing a key
     * (V4__barred_shop_name_keys.sql) — exact B-tree probes, however many sellers there are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> barredShopNamesNear(String shopName) {
        if (shopName.isBlank()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                select distinct name_norm from barred_shop_name
                where key = any(array(select shop_name_keys(:name))) limit 100""")
                .setParameter("name", shopName).getResultList();
        return names;
    }

    /** Accounts that signed up with this attribute since {@code since}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> signupsSince(HashedAttribute attribute, Instant since) {
        @SuppressWarnings("unchecked")
        // lateral: one primary-key probe per sharing account, never a walk over everyone who signed up lately
        List<String> ids = em.createNativeQuery("""
                select si.seller_id from seller_identity si
                cross join lateral (select submitted_at from seller where id = si.seller_id offset 0) s
                where si.kind = :kind and si.value_hash = :hash and s.submitted_at >= :since""")
                .setParameter("kind", attribute.kind().name()).setParameter("hash", attribute.hash())
                .setParameter("since", since).getResultList();
        return ids;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String sellerId, List<HashedAttribute> attributes) {
        if (attributes.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into seller_identity (seller_id, kind, value_hash) values ");
        for (int i = 0; i < attributes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:seller, :k").append(i).append(", :h").append(i).append(")");
        }
        bind(em.createNativeQuery(sql.append(" on conflict do nothing").toString()), attributes)
                .setParameter("seller", sellerId).executeUpdate();
    }

    /** Puts every identity attribute of an account on the denylist; returns how many entries were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int denylistAccount(String sellerId, String source, String reason, String actor, Instant at) {
        return em.createNativeQuery("""
                insert into denylist_entry (seller_id, kind, value_hash, source, reason, created_by, created_at)
                select seller_id, kind, value_hash, :source, :reason, :actor, :at from seller_identity
                where seller_id = :seller and kind <> 'IP_ADDRESS'
                on conflict (kind, value_hash, source) do nothing""")
                .setParameter("seller", sellerId).setParameter("source", source).setParameter("reason", reason)
                .setParameter("actor", actor).setParameter("at", at).executeUpdate();
    }

    /** Every account linked to this one, with the attribute kinds they share. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Match> linksOf(String sellerId) {
        List<Match> links = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select other.seller_id, other.kind, s.status from seller_identity mine
                join seller_identity other on other.kind = mine.kind and other.value_hash = mine.value_hash
                     and other.seller_id <> mine.seller_id
                join seller s on s.id = other.seller_id
                where mine.seller_id = :seller order by other.seller_id, other.kind""")
                .setParameter("seller", sellerId).getResultList()) {
            Object[] cols = (Object[]) row;
            links.add(new Match((String) cols[0], IdentityKind.valueOf((String) cols[1]), (String) cols[2]));
        }
        return links;
    }

    private static Query bind(Query query, List<HashedAttribute> attributes) {
        for (int i = 0; i < attributes.size(); i++) {
            query.setParameter("k" + i, attributes.get(i).kind().name());
            query.setParameter("h" + i, attributes.get(i).hash());
        }
        return query;
    }
}
