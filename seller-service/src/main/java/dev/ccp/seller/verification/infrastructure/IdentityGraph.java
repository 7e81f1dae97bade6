package dev.ccp.seller.verification.infrastructure;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.seller.account.domain.Reason;
import dev.ccp.seller.account.domain.SellerDecision;
import dev.ccp.seller.verification.domain.IdentityKind;
import dev.ccp.seller.verification.domain.ShopNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.query.NativeQuery;

/** Who shares which identity attribute with whom: keyed hashes, equality look-ups on the primary key. */
@ApplicationScoped
public class IdentityGraph {
    static final List<String> BARRED = List.of("CLOSED", "SUSPENDED", "REJECTED");

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Everything the graph knows about a new applicant, in one statement (one round trip): the accounts sharing
     * each attribute and where they stand, the denylisted kinds, and the barred shop names that may be look-alikes.
     */
    public record Applicant(List<Match> matches, Set<IdentityKind> denylisted, List<String> barredShopNames,
            Map<IdentityKind, Integer> signupsSince) {
        /** Accounts that signed up with an attribute of this kind since the look-up's {@code since}. */
        public int signupsSince(IdentityKind kind) {
            return signupsSince.getOrDefault(kind, 0);
        }
    }

    /**
     * Looks a new applicant up, before its own account is stored. Every branch is an index probe: identity matches
     * and the denylist by the {@code (kind, value_hash)} prefix, each sharing account by its primary key, and
     * look-alike names by exact probes of {@code barred_shop_name} keys (V4__barred_shop_name_keys.sql), however
     * many sellers there are. Sign-up velocity is counted from the matches: the accounts sharing the device or
     * network address that signed up since {@code since}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Applicant lookUp(List<HashedAttribute> attributes, String shopName, Instant since) {
        if (attributes.isEmpty() && shopName.isBlank()) {
            return new Applicant(List.of(), EnumSet.noneOf(IdentityKind.class), List.of(), Map.of());
        }
        List<String> branches = new ArrayList<>();
        if (!attributes.isEmpty()) {
            branches.add("""
                    select 'M' as what, si.seller_id, si.kind, s.status, s.submitted_at >= :since as recent
                    from seller_identity si join seller s on s.id = si.seller_id where\s""" + sharing("si.", attributes.size()));
            branches.add("select distinct 'D', null, kind, null, null::boolean from denylist_entry where "
                    + sharing("", attributes.size()));
        }
        if (!shopName.isBlank()) {
            branches.add("""
                    (select distinct 'N', null, null, name_norm, null::boolean from barred_shop_name
                     where key = any(array(select shop_name_keys(:name) union select shop_name_keys(:single)))
                     limit 100)""");
        }
        Query query = em.createNativeQuery(String.join("\nunion all\n", branches));
        if (!attributes.isEmpty()) {
            bind(query, attributes).setParameter("since", since);
        }
        if (!shopName.isBlank()) {
            query.setParameter("name", shopName).setParameter("single", ShopNames.singleLetters(shopName));
        }
        List<Match> matches = new ArrayList<>();
        Set<IdentityKind> denylisted = EnumSet.noneOf(IdentityKind.class);
        List<String> names = new ArrayList<>();
        Map<IdentityKind, Integer> signups = new EnumMap<>(IdentityKind.class);
        for (Object row : query.getResultList()) {
            Object[] cols = (Object[]) row;
            switch ((String) cols[0]) {
                case "M" -> {
                    IdentityKind kind = IdentityKind.valueOf((String) cols[2]);
                    matches.add(new Match((String) cols[1], kind, (String) cols[3]));
                    if (Boolean.TRUE.equals(cols[4])) {
                        signups.merge(kind, 1, Integer::sum);
                    }
                }
                case "D" -> denylisted.add(IdentityKind.valueOf((String) cols[2]));
                default -> names.add((String) cols[3]);
            }
        }
        return new Applicant(matches, denylisted, names, signups);
    }

    /** {@code (kind = :k0 and value_hash = :h0) or ...}, bound by {@link #bind}. */
    private static String sharing(String alias, int attributes) {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < attributes; i++) {
            sql.append(i == 0 ? "" : " or ").append('(').append(alias).append("kind = :k").append(i).append(" and ")
                    .append(alias).append("value_hash = :h").append(i).append(')');
        }
        return sql.append(")").toString();
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

    /**
     * Stores a new account's identity rows and its first decision in one statement (one round trip); the account
     * row itself must be written first, as both reference it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordApplicant(List<HashedAttribute> attributes, SellerDecision decision) {
        StringBuilder sql = new StringBuilder("""
                with decision as (
                    insert into seller_decision (seller_id, status, score, reasons, actor, note, decided_at)
                    values (:seller, :status, :score, cast(:reasons as jsonb), :actor, :note, :at))
                """);
        if (attributes.isEmpty()) {
            sql.append("select 1");
        } else {
            sql.append("insert into seller_identity (seller_id, kind, value_hash) values ");
            for (int i = 0; i < attributes.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:seller, :k").append(i).append(", :h").append(i).append(")");
            }
            sql.append(" on conflict do nothing");
        }
        NativeQuery<?> query = (NativeQuery<?>) bind(em.createNativeQuery(sql.toString()), attributes)
                .setParameter("seller", decision.sellerId).setParameter("status", decision.status.name())
                .setParameter("score", decision.score).setParameter("reasons", json(decision.reasons))
                .setParameter("actor", decision.actor).setParameter("at", decision.decidedAt);
        query.setParameter("note", decision.note, String.class);
        if (attributes.isEmpty()) {
            query.getResultList();
        } else {
            query.executeUpdate();
        }
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

    /** As Hibernate writes the entity's JSON column: a plain Jackson mapping of the reason records. */
    private static String json(List<Reason> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write decision reasons as JSON", e);
        }
    }

    private static Query bind(Query query, List<HashedAttribute> attributes) {
        for (int i = 0; i < attributes.size(); i++) {
            query.setParameter("k" + i, attributes.get(i).kind().name());
            query.setParameter("h" + i, attributes.get(i).hash());
        }
        return query;
    }
}
