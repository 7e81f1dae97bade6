package dev.ccp.listing.counternotices.infrastructure;

import dev.ccp.listing.counternotices.domain.CounterNotice;
import dev.ccp.listing.reports.domain.Disputes;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class CounterNoticeRepository implements PanacheRepositoryBase<CounterNotice, String>, Disputes {

    public boolean openOn(String listingId, String brandId) {
        return count("listingId = ?1 and brandId = ?2 and status = ?3", listingId, brandId,
                CounterNotice.Status.PENDING) > 0;
    }

    /** Oldest first: the order reviewers work through them. */
    public List<CounterNotice> withStatus(CounterNotice.Status status, int offset, int limit) {
        return find("status = ?1 order by filedAt, id", status).range(offset, offset + limit - 1).list();
    }

    public long countWithStatus(CounterNotice.Status status) {
        return count("status", status);
    }

    /** The latest counter-notice on each listing of the report. */
    @Override
    public Map<String, Dispute> onReport(String reportId) {
        return list("reportId = ?1 order by filedAt, id", reportId).stream().collect(Collectors.toMap(
                c -> c.listingId, c -> new Dispute(c.id, c.status.name(), c.decidedAt), (older, newer) -> newer));
    }
}
