package dev.ccp.takedown.statements.infrastructure;

import dev.ccp.takedown.statements.domain.StatementOfReasons;
import dev.ccp.takedown.takedowns.application.SellerAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<StatementOfReasons, String> {
    private static final Sort OLDEST_FIRST = Sort.by("issuedAt").and("id");

    public Optional<StatementOfReasons> of(String takedownId, SellerAction action) {
        return find("takedownId = ?1 and action = ?2", takedownId, action).firstResultOptional();
    }

    /**
     * Holds, until the transaction ends, the right to issue this takedown's statement for this action: two replicas
     * issuing it at once queue here, and the second then finds the first one's statement.
     */
    public void lockIssuing(String takedownId, SellerAction action) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "statement-of-reasons:" + takedownId + ":" + action).getSingleResult();
    }

    public List<StatementOfReasons> ofTakedown(String takedownId) {
        return find("takedownId", OLDEST_FIRST, takedownId).list();
    }

    /** Issued in [from, to), oldest first. */
    public List<StatementOfReasons> issuedBetween(Instant from, Instant to, int page, int size) {
        return find("issuedAt >= ?1 and issuedAt < ?2", OLDEST_FIRST, from, to).page(Page.of(page, size)).list();
    }

    public long countIssuedBetween(Instant from, Instant to) {
        return count("issuedAt >= ?1 and issuedAt < ?2", from, to);
    }
}
