package dev.ccp.listing.review.infrastructure;

import dev.ccp.listing.review.domain.QueuedItem;
import dev.ccp.listing.review.domain.ReviewPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review queue, read straight from what defines it: every listing with no verdict, not removed, that is HELD or
 * that a brand reported ({@code violation_report_item}), with the trusted flaggers among its reporters
 * ({@code trusted_flagger}). Nothing has to be enqueued or dequeued: a verdict, a removal or a re-screen that
 * publishes an unreported listing takes it out by itself. Ordered by {@link ReviewPriority}'s formula.
 */
@ApplicationScoped
public class ReviewQueueRepository {
    private static final String WAITING_SINCE =
            "coalesce(least(case when l.status = 'HELD' then l.held_since end, rep.first_reported), l.created_at)";
    private static final String PRIORITY = "(:scoreWeight * l.score + :trustedWeight * rep.trusted + :ageing"
            + " * extract(epoch from (cast(:now as timestamptz) - " + WAITING_SINCE + ")) / 3600.0)";
    private static final String ORDER = " order by " + PRIORITY + " desc, " + WAITING_SINCE + ", l.id";
    private static final String QUEUE = """
             from (select id from listing where status = 'HELD' and verdict is null
                   union select listing_id from violation_report_item) c
             join listing l on l.id = c.id
             left join lateral (select min(i.received_at) as first_reported,
                                       count(distinct i.brand_id) filter (where t.brand_id is not null) as trusted
                                from violation_report_item i
                                left join trusted_flagger t on t.brand_id = i.brand_id
                                where i.listing_id = l.id) rep on true
             left join review_lease r on r.listing_id = l.id
             where l.verdict is null and l.status <> 'REMOVED'
            """;
    private static final String ITEM = "select l.id, l.status, l.score, rep.trusted, " + WAITING_SINCE + ", "
            + PRIORITY + ", case when r.expires_at > cast(:now as timestamptz) then r.moderator end,"
            + " case when r.expires_at > cast(:now as timestamptz) then r.expires_at end" + QUEUE;

    private final EntityManager em;

    ReviewQueueRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The first item nobody holds an unexpired lease on, its listing row locked for this transaction; rows other
     * claims have locked are skipped, so concurrent claims (on any replica) each get another item.
     */
    public Optional<String> lockNextUnleased(ReviewPriority priority, Instant now) {
        List<?> found = weighted(em.createNativeQuery("select l.id" + QUEUE
                + " and (r.listing_id is null or r.expires_at <= cast(:now as timestamptz))" + ORDER
                + " limit 1 for update of l skip locked"), priority, now).getResultList();
        return found.stream().map(String.class::cast).findFirst();
    }

    public Optional<QueuedItem> item(String listingId, ReviewPriority priority, Instant now) {
        List<?> rows = weighted(em.createNativeQuery(ITEM + " and l.id = :id"), priority, now)
                .setParameter("id", listingId).getResultList();
        return rows.stream().map(r -> toItem((Object[]) r)).findFirst();
    }

    /** A window of the queue, first to claim first (leased items included, with their holder). */
    public List<QueuedItem> page(ReviewPriority priority, Instant now, int offset, int limit) {
        List<?> rows = weighted(em.createNativeQuery(ITEM + ORDER + " offset :offset limit :limit"), priority, now)
                .setParameter("offset", offset).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> toItem((Object[]) r)).toList();
    }

    public long size() {
        return ((Number) em.createNativeQuery("select count(*)" + QUEUE).getSingleResult()).longValue();
    }

    /** Items per priority band ({@code high}, {@code medium}, {@code low}; a band with none is absent). */
    public Map<String, Long> depthByBand(ReviewPriority priority, Instant now) {
        List<?> rows = weighted(em.createNativeQuery("select case when " + PRIORITY + " >= :high then 'high' when "
                + PRIORITY + " >= :medium then 'medium' else 'low' end, count(*)" + QUEUE + " group by 1"),
                priority, now)
                .setParameter("high", priority.highFrom()).setParameter("medium", priority.mediumFrom())
                .getResultList();
        Map<String, Long> depth = new LinkedHashMap<>();
        rows.forEach(r -> depth.put((String) ((Object[]) r)[0], ((Number) ((Object[]) r)[1]).longValue()));
        return depth;
    }

    /** Since when the longest-waiting item has waited; empty when the queue is empty. */
    public Optional<Instant> oldestWaitingSince() {
        return Optional.ofNullable(instant(em.createNativeQuery("select min(" + WAITING_SINCE + ")" + QUEUE)
                .getSingleResult()));
    }

    private static Query weighted(Query query, ReviewPriority priority, Instant now) {
        return query.setParameter("scoreWeight", priority.scoreWeight())
                .setParameter("trustedWeight", priority.trustedFlaggerWeight())
                .setParameter("ageing", priority.ageingPerHour())
                .setParameter("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
    }

    private static QueuedItem toItem(Object[] r) {
        return new QueuedItem((String) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                instant(r[4]), ((Number) r[5]).doubleValue(), (String) r[6], instant(r[7]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
