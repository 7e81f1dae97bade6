package dev.ccp.takedown.refunds.infrastructure;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.takedown.refunds.domain.Refund;
import dev.ccp.takedown.refunds.domain.RefundStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<Refund, UUID> {
    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("orderId");
    private static final String DUE = "next_attempt_at <= :now and (lease_until is null or lease_until <= :now)";

    /** The orders among {@code orderIds} that already have their refund (of this or any takedown). */
    public Set<String> refundedOrderIds(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select r.orderId from Refund r where r.orderId in :ids", String.class)
                .setParameter("ids", orderIds).getResultList());
    }

    /**
     * Stores the refund unless its order has one already: a second replica opening the same refunds at the same
     * moment waits on the unique index and then inserts nothing.
     */
    public boolean insertIfAbsent(Refund refund) {
        return getEntityManager().createNativeQuery("""
                insert into refund (id, takedown_id, order_id, listing_id, customer_id, amount_minor, currency,
                    charge_reference, status, idempotency_key, attempts, declines, next_attempt_at, created_at,
                    updated_at)
                values (:id, :takedown, :order, :listing, :customer, :amount, :currency, :charge, :status, :key, 0, 0,
                    :next, :created, :created)
                on conflict (order_id) do nothing""")
                .setParameter("id", refund.id()).setParameter("takedown", refund.takedownId())
                .setParameter("order", refund.orderId()).setParameter("listing", refund.listingId())
                .setParameter("customer", refund.customerId()).setParameter("amount", refund.amount().minorUnits())
                .setParameter("currency", refund.amount().currency()).setParameter("charge", refund.chargeReference())
                .setParameter("status", refund.status().name()).setParameter("key", refund.idempotencyKey())
                .setParameter("next", Timestamp.from(refund.nextAttemptAt()))
                .setParameter("created", Timestamp.from(refund.createdAt()))
                .executeUpdate() == 1;
    }

    /**
     * Locks up to {@code limit} of the takedown's due refunds that no other transaction has locked: two replicas
     * claiming at once get different refunds, never the same one.
     */
    public List<Refund> lockDue(String takedownId, Instant now, int limit) {
        return lockedByIds(getEntityManager().createNativeQuery("select id from refund where takedown_id = :takedown and "
                + DUE + " order by next_attempt_at, id limit :limit for update skip locked")
                .setParameter("takedown", takedownId).setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit).getResultList());
    }

    /** The refund if it is due and no other transaction holds it. */
    public Optional<Refund> lockIfDue(UUID id, Instant now) {
        return lockedByIds(getEntityManager().createNativeQuery("select id from refund where id = :id and " + DUE
                + " for update skip locked").setParameter("id", id).setParameter("now", Timestamp.from(now))
                .getResultList()).stream().findFirst();
    }

    public Optional<Refund> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private List<Refund> lockedByIds(List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> list = new ArrayList<>(ids.size());
        ids.forEach(id -> list.add(id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())));
        // already locked by the select above; this only loads them
        return list("id in ?1", Sort.by("nextAttemptAt").and("id"), list);
    }

    public List<Refund> ofTakedown(String takedownId) {
        return list("takedownId", OLDEST_FIRST, takedownId);
    }

    /** One row per status, currency and whether anything will try it again: count, sum and the earliest next try. */
    public record Tally(RefundStatus status, boolean retrying, String currency, long count, long minorUnits,
            Instant nextTry) {
    }

    public List<Tally> tallyOf(String takedownId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select status, next_attempt_at is not null, currency, count(*), coalesce(sum(amount_minor), 0),
                       min(greatest(next_attempt_at, coalesce(lease_until, next_attempt_at)))
                from refund where takedown_id = :takedown
                group by status, next_attempt_at is not null, currency""")
                .setParameter("takedown", takedownId).getResultList();
        return rows.stream().map(row -> new Tally(RefundStatus.valueOf((String) row[0]), (Boolean) row[1],
                ((String) row[2]).trim(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue(),
                instant(row[5]))).toList();
    }

    /** Refunds still to be tried or settled, everywhere: PENDING ones and failed ones the policy tries again. */
    public long countUnsettled() {
        return count("status = ?1 or (status = ?2 and nextAttemptAt is not null)", RefundStatus.PENDING,
                RefundStatus.FAILED);
    }

    /** Staff's search; both filters optional. */
    public List<Refund> search(RefundStatus status, String takedownId, PageRequest window) {
        return query(status, takedownId).page(Page.of(window.page(), window.size())).list();
    }

    public long countSearch(RefundStatus status, String takedownId) {
        return query(status, takedownId).count();
    }

    private PanacheQuery<Refund> query(RefundStatus status, String takedownId) {
        Parameters parameters = new Parameters();
        List<String> where = new ArrayList<>();
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (takedownId != null) {
            where.add("takedownId = :takedown");
            parameters.and("takedown", takedownId);
        }
        return where.isEmpty() ? findAll(OLDEST_FIRST) : find(String.join(" and ", where), OLDEST_FIRST, parameters);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}
