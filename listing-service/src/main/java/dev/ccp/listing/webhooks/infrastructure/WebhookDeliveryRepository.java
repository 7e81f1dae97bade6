package dev.ccp.listing.webhooks.infrastructure;

import dev.ccp.listing.webhooks.domain.WebhookDelivery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, String> {

    /**
     * Claims up to {@code limit} pending deliveries that are due and that no live lease holds, until {@code until}.
     * SKIP LOCKED lets two replicas claim at once without waiting for or taking each other's rows; the lease keeps a
     * claimed delivery from every other sender after this transaction commits, while it is being sent.
     */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(Instant now, Instant until, int limit) {
        List<String> ids = getEntityManager().createNativeQuery("""
                select id from webhook_delivery
                where status = 'PENDING' and next_attempt_at <= ?1 and (lease_until is null or lease_until < ?1)
                order by next_attempt_at
                limit ?2
                for update skip locked""").setParameter(1, Timestamp.from(now)).setParameter(2, limit)
                .getResultList();
        if (!ids.isEmpty()) {
            getEntityManager().createNativeQuery("update webhook_delivery set lease_until = ?1 where id in (?2)")
                    .setParameter(1, Timestamp.from(until)).setParameter(2, ids).executeUpdate();
        }
        return ids;
    }

    /** The brand's deliveries, newest first; {@code endpointId} null for all of its endpoints. */
    public PanacheQuery<WebhookDelivery> ofBrand(String brandId, String endpointId, int page, int size) {
        PanacheQuery<WebhookDelivery> query = endpointId == null
                ? find("brandId = ?1 order by createdAt desc, id", brandId)
                : find("brandId = ?1 and endpointId = ?2 order by createdAt desc, id", brandId, endpointId);
        return query.page(Page.of(page, size));
    }

    /** Pending deliveries to an endpoint that will never take them (disabled): given up at once. */
    public int cancelPendingOf(String endpointId, String reason, Instant now) {
        return update("status = ?1, lastError = ?2, finishedAt = ?3, nextAttemptAt = null, leaseUntil = null "
                + "where endpointId = ?4 and status = ?5", WebhookDelivery.Status.FAILED, reason, now, endpointId,
                WebhookDelivery.Status.PENDING);
    }
}
