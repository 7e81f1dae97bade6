package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.takedown.takedowns.domain.AccountAction;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.domain.TakedownSearch;
import dev.ccp.takedown.takedowns.domain.TakedownStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TakedownRepository implements PanacheRepositoryBase<Takedown, String> {

    public Optional<Takedown> ofListing(String listingId) {
        return find("listingId", listingId).firstResultOptional();
    }

    /** The listing's one takedown, locked. */
    public Optional<Takedown> ofListingForUpdate(String listingId) {
        return find("listingId", listingId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Takedown> forUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Claims up to {@code limit} takedowns that are due and that no live lease holds, for {@code owner} until
     * {@code until}. SKIP LOCKED lets two runners claim at once without waiting for or taking each other's rows; the
     * lease keeps a claimed takedown from every other runner after this transaction commits.
     */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(String owner, Instant now, Instant until, int limit) {
        List<String> ids = getEntityManager().createNativeQuery("""
                select id from takedown
                where status = 'IN_PROGRESS' and next_run_at <= ?1 and (lease_until is null or lease_until < ?1)
                order by next_run_at
                limit ?2
                for update skip locked""").setParameter(1, Timestamp.from(now)).setParameter(2, limit)
                .getResultList();
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("update takedown set lease_owner = ?1, lease_until = ?2 where id in (?3)")
                    .setParameter(1, owner).setParameter(2, Timestamp.from(until)).setParameter(3, ids)
                    .executeUpdate();
        }
        return ids;
    }

    /** When the oldest takedown that is not finished was opened; null when none is open. */
    public Instant oldestOpenSince() {
        Object oldest = getEntityManager().createNativeQuery(
                "select min(opened_at) from takedown where status in ('IN_PROGRESS', 'NEEDS_ATTENTION')")
                .getSingleResult();
        return oldest == null ? null : oldest instanceof Timestamp t ? t.toInstant() : (Instant) oldest;
    }

    /** Matching takedowns, oldest opened first. */
    @SuppressWarnings("unchecked")
    public List<Takedown> search(TakedownSearch search, int offset, int limit) {
        Query query = bind(getEntityManager().createNativeQuery("select * from takedown" + where(search)
                + " order by opened_at, id offset " + offset + " limit " + limit, Takedown.class), search);
        return query.getResultList();
    }

    public long count(TakedownSearch search) {
        return ((Number) bind(getEntityManager().createNativeQuery("select count(*) from takedown" + where(search)),
                search).getSingleResult()).longValue();
    }

    private static String where(TakedownSearch search) {
        List<String> conditions = new ArrayList<>();
        if (search.listingId() != null) {
            conditions.add("listing_id = :listingId");
        }
        if (search.sellerId() != null) {
            conditions.add("seller_id = :sellerId");
        }
        if (search.brandId() != null) {
            conditions.add("brand_ids @> jsonb_build_array(cast(:brandId as text))"); // served by the GIN index
        }
        if (search.status() != null) {
            conditions.add("status = :status");
        }
        if (search.from() != null) {
            conditions.add("opened_at >= :from");
        }
        if (search.to() != null) {
            conditions.add("opened_at < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Query bind(Query query, TakedownSearch search) {
        if (search.listingId() != null) {
            query.setParameter("listingId", search.listingId());
        }
        if (search.sellerId() != null) {
            query.setParameter("sellerId", search.sellerId());
        }
        if (search.brandId() != null) {
            query.setParameter("brandId", search.brandId());
        }
        if (search.status() != null) {
            query.setParameter("status", search.status().name());
        }
        if (search.from() != null) {
            query.setParameter("from", Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            query.setParameter("to", Timestamp.from(search.to()));
        }
        return query;
    }

    /** Other takedowns of the seller that closed the account and still stand (not reversed on appeal). */
    public long closingsStandingBesides(String sellerId, String takedownId) {
        return count("sellerId = ?1 and accountAction = ?2 and status <> ?3 and id <> ?4", sellerId,
                AccountAction.CLOSED, TakedownStatus.REVERSED, takedownId);
    }
}
