package dev.ccp.listing.shadow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Listings whose standing verdict a moderator gave in a window: the truth a backtest measures against. */
@ApplicationScoped
public class DecidedListings {
    private final EntityManager em;

    DecidedListings(EntityManager em) {
        this.em = em;
    }

    /** The ids, most recently decided first, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<String> decidedBetween(Instant from, Instant to, int limit) {
        return em.createNativeQuery("""
                select l.id from listing l
                join lateral (select max(d.decided_at) as decided_at from listing_decision d
                              where d.listing_id = l.id) last on true
                where l.verdict is not null and last.decided_at >= :from and last.decided_at < :to
                order by last.decided_at desc, l.id
                limit :limit""")
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("limit", limit)
                .getResultList();
    }
}
