package dev.ccp.takedown.appeals.infrastructure;

import dev.ccp.takedown.appeals.domain.Appeal;
import dev.ccp.takedown.appeals.domain.AppealStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, String> {

    public Optional<Appeal> forUpdate(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Appeal> ofTakedown(String takedownId) {
        return find("takedownId", takedownId).firstResultOptional();
    }

    /**
     * Claims up to {@code limit} granted appeals whose reversal is due, moving each one's due time to
     * {@code until}: SKIP LOCKED keeps two runners off the same rows now, the moved due time after this commits. A
     * runner that dies leaves them due again at {@code until}.
     */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(Instant now, Instant until, int limit) {
        List<String> ids = getEntityManager().createNativeQuery("""
                select id from appeal
                where status = 'GRANTED' and reversed_at is null and reversal_due_at <= ?1
                order by reversal_due_at
                limit ?2
                for update skip locked""").setParameter(1, Timestamp.from(now)).setParameter(2, limit)
                .getResultList();
        if (!ids.isEmpty()) {
            update("reversalDueAt = ?1 where id in ?2", until, ids);
        }
        return ids;
    }

    /** Filters that are null are not applied; oldest filed first. */
    public List<Appeal> search(AppealStatus status, String takedownId, String sellerId, int offset, int limit) {
        return find(where(status, takedownId, sellerId), Sort.by("filedAt").and("id"),
                parameters(status, takedownId, sellerId)).range(offset, offset + limit - 1).list();
    }

    public long count(AppealStatus status, String takedownId, String sellerId) {
        return count(where(status, takedownId, sellerId), parameters(status, takedownId, sellerId));
    }

    public long grantedAwaitingStaff() {
        return count("status = ?1 and reversedAt is null and reversalDueAt is null", AppealStatus.GRANTED);
    }

    private static String where(AppealStatus status, String takedownId, String sellerId) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (status != null) {
            where.append(" and status = :status");
        }
        if (takedownId != null) {
            where.append(" and takedownId = :takedownId");
        }
        if (sellerId != null) {
            where.append(" and sellerId = :sellerId");
        }
        return where.toString();
    }

    private static Parameters parameters(AppealStatus status, String takedownId, String sellerId) {
        Parameters parameters = new Parameters();
        if (status != null) {
            parameters.and("status", status);
        }
        if (takedownId != null) {
            parameters.and("takedownId", takedownId);
        }
        if (sellerId != null) {
            parameters.and("sellerId", sellerId);
        }
        return parameters;
    }
}
