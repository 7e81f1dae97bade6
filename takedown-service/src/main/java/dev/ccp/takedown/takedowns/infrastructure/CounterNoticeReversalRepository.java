package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.takedown.takedowns.domain.CounterNoticeReversal;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CounterNoticeReversalRepository implements PanacheRepositoryBase<CounterNoticeReversal, String> {

    public Optional<CounterNoticeReversal> forUpdate(String takedownId) {
        return findByIdOptional(takedownId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Claims up to {@code limit} reversals that are due, moving each one's due time to {@code until}: SKIP LOCKED
     * keeps two runners off the same rows now, the moved due time after this commits. A runner that dies leaves
     * them due again at {@code until}.
     */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(Instant now, Instant until, int limit) {
        List<String> ids = getEntityManager().createNativeQuery("""
                select takedown_id from counter_notice_reversal
                where done_at is null and due_at <= ?1
                order by due_at
                limit ?2
                for update skip locked""").setParameter(1, Timestamp.from(now)).setParameter(2, limit)
                .getResultList();
        if (!ids.isEmpty()) {
            update("dueAt = ?1 where takedownId in ?2", until, ids);
        }
        return ids;
    }

    public long awaitingStaff() {
        return count("doneAt is null and dueAt is null");
    }
}
