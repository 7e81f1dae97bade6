package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.litigation.cases.domain.CaseStatus;
import dev.ccp.litigation.cases.domain.CaseTotals;
import dev.ccp.litigation.cases.domain.LitigationCase;
import dev.ccp.litigation.cases.domain.PendingFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The intake's own tables: case listings, takedowns and closed accounts (the distinct facts a case's totals count),
 * seller closures and the facts waiting for a case.
 */
@ApplicationScoped
@SuppressWarnings("unchecked") // native queries answer raw lists; each names the type of its one column

public class IntakeRepository {
    /** One key for the whole intake: its transactions run one at a time, whichever topic they come from. */
    private static final long INTAKE_LOCK = 0x6c69746967L;
    private static final List<CaseStatus> ENDED = List.of(CaseStatus.CLOSED, CaseStatus.DISMISSED);

    private final EntityManager em;

    IntakeRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Serialises the intake (until the transaction ends), so that a confirmation and its seller's closure arriving at
     * once on two topics cannot both miss each other and leave the case unopened.
     */
    public void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, INTAKE_LOCK).getSingleResult();
    }

    /** The oldest case of the brand, still taking enforcement, naming one of these sellers as a defendant. */
    public Optional<LitigationCase> caseOf(String brandId, Collection<String> sellerIds) {
        return em.createQuery("select distinct c from LitigationCase c join c.defendants d where ?1 member of c.brandIds"
                        + " and d.sellerId in ?2 and c.status not in ?3 order by c.openedAt, c.id", LitigationCase.class)
                .setParameter(1, brandId).setParameter(2, sellerIds).setParameter(3, ENDED)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The cases still taking enforcement that name the seller as a defendant. */
    public List<LitigationCase> casesNaming(String sellerId) {
        return em.createQuery("select distinct c from LitigationCase c join c.defendants d where d.sellerId = ?1"
                        + " and c.status not in ?2 order by c.openedAt, c.id", LitigationCase.class)
                .setParameter(1, sellerId).setParameter(2, ENDED).getResultList();
    }

    /** The cases still taking enforcement that hold one of these listings. */
    public List<LitigationCase> casesHolding(Collection<String> listingIds) {
        List<String> ids = em.createNativeQuery("select distinct case_id from case_listing where listing_id in ?1",
                String.class).setParameter(1, listingIds).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from LitigationCase c where c.id in ?1 and c.status not in ?2"
                + " order by c.openedAt, c.id", LitigationCase.class).setParameter(1, ids).setParameter(2, ENDED)
                .getResultList();
    }

    /** True when the listing is new to the case. */
    public boolean addListing(String caseId, String listingId, String sellerId) {
        return em.createNativeQuery("insert into case_listing (case_id, listing_id, seller_id) values (?1, ?2, ?3)"
                        + " on conflict do nothing").setParameter(1, caseId).setParameter(2, listingId)
                .setParameter(3, sellerId).executeUpdate() == 1;
    }

    public List<String> listingsOf(String caseId) {
        return em.createNativeQuery("select listing_id from case_listing where case_id = ?1", String.class)
                .setParameter(1, caseId).getResultList();
    }

    /** Gives case {@code to} the listings of case {@code from} it does not hold yet. */
    public void copyListings(String from, String to) {
        em.createNativeQuery("insert into case_listing (case_id, listing_id, seller_id) select ?2, listing_id,"
                + " seller_id from case_listing where case_id = ?1 on conflict do nothing").setParameter(1, from)
                .setParameter(2, to).executeUpdate();
    }

    /** Gives case {@code to} the closed accounts of case {@code from} it does not count yet. */
    public void copyClosedAccounts(String from, String to) {
        em.createNativeQuery("insert into case_closed_account (case_id, seller_id) select ?2, seller_id"
                + " from case_closed_account where case_id = ?1 on conflict do nothing").setParameter(1, from)
                .setParameter(2, to).executeUpdate();
    }

    /**
     * True when the takedown is new to the case (by takedown id, whichever event brings it); its refunds, currency
     * to minor units, are kept with it.
     */
    public boolean addTakedown(String caseId, String takedownId, String listingId, String sellerId, long unitsHeld,
            long customersRefunded, Map<String, Long> refundedMinorUnits) {
        boolean added = em.createNativeQuery("insert into case_takedown (case_id, takedown_id, listing_id, seller_id,"
                        + " units_held, customers_refunded) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, caseId).setParameter(2, takedownId).setParameter(3, listingId)
                .setParameter(4, sellerId).setParameter(5, unitsHeld).setParameter(6, customersRefunded)
                .executeUpdate() == 1;
        if (added) {
            refundedMinorUnits.forEach((currency, minor) -> em.createNativeQuery("insert into case_takedown_refund"
                            + " (case_id, takedown_id, currency, minor_units) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, caseId).setParameter(2, takedownId).setParameter(3, currency)
                    .setParameter(4, minor).executeUpdate());
        }
        return added;
    }

    /** Gives case {@code to} the takedowns of case {@code from} it does not count yet, with their refunds. */
    public void copyTakedowns(String from, String to) {
        em.createNativeQuery("insert into case_takedown (case_id, takedown_id, listing_id, seller_id, units_held,"
                + " customers_refunded) select ?2, takedown_id, listing_id, seller_id, units_held, customers_refunded"
                + " from case_takedown where case_id = ?1 on conflict do nothing").setParameter(1, from)
                .setParameter(2, to).executeUpdate();
        em.createNativeQuery("insert into case_takedown_refund (case_id, takedown_id, currency, minor_units)"
                + " select ?2, takedown_id, currency, minor_units from case_takedown_refund where case_id = ?1"
                + " on conflict do nothing").setParameter(1, from).setParameter(2, to).executeUpdate();
    }

    /** What the case's facts add up to, counting each listing, takedown and closed account once. */
    public CaseTotals totalsOf(String caseId) {
        Object[] counts = (Object[]) em.createNativeQuery("select"
                + " (select count(*) from case_listing where case_id = ?1),"
                + " (select coalesce(sum(units_held), 0) from case_takedown where case_id = ?1),"
                + " (select coalesce(sum(customers_refunded), 0) from case_takedown where case_id = ?1),"
                + " (select count(*) from case_closed_account where case_id = ?1)", Object[].class)
                .setParameter(1, caseId).getSingleResult();
        List<Object[]> amounts = em.createNativeQuery("select currency, sum(minor_units) from case_takedown_refund"
                + " where case_id = ?1 group by currency", Object[].class).setParameter(1, caseId).getResultList();
        Map<String, Long> refunded = new TreeMap<>();
        amounts.forEach(a -> refunded.put(((String) a[0]).strip(), exact(a[1])));
        return new CaseTotals(Math.toIntExact(exact(counts[0])), exact(counts[1]), exact(counts[2]), refunded,
                Math.toIntExact(exact(counts[3])));
    }

    /** True when the seller's closure is new to the case. */
    public boolean addClosedAccount(String caseId, String sellerId) {
        return em.createNativeQuery("insert into case_closed_account (case_id, seller_id) values (?1, ?2)"
                + " on conflict do nothing").setParameter(1, caseId).setParameter(2, sellerId).executeUpdate() == 1;
    }

    /** True when this is the first closure of the seller seen. */
    public boolean recordClosure(String sellerId, String eventId, String reason, String reference, Instant closedAt) {
        return em.createNativeQuery("insert into seller_closure (seller_id, event_id, reason, reference, closed_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing").setParameter(1, sellerId)
                .setParameter(2, eventId).setParameter(3, reason).setParameter(4, reference)
                .setParameter(5, closedAt).executeUpdate() == 1;
    }

    public boolean isClosed(String sellerId) {
        return !em.createNativeQuery("select 1 from seller_closure where seller_id = ?1")
                .setParameter(1, sellerId).getResultList().isEmpty();
    }

    public void remember(PendingFact.Kind kind, String sellerId, String listingId, String brandId, String eventId,
            String eventType, String payload, Instant now) {
        em.createNativeQuery("insert into intake_pending_fact (kind, seller_id, listing_id, brand_id, event_id,"
                        + " event_type, payload, received_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
                .setParameter(1, kind.name()).setParameter(2, sellerId).setParameter(3, listingId)
                .setParameter(4, brandId).setParameter(5, eventId).setParameter(6, eventType)
                .setParameter(7, payload).setParameter(8, now).executeUpdate();
    }

    /** Confirmations and takedowns of these sellers waiting for the brand's case, in the order they came. */
    public List<PendingFact> waitingFor(String brandId, Collection<String> sellerIds) {
        return facts("kind in ('CONFIRMATION', 'TAKEDOWN') and brand_id = ?1 and seller_id in ?2", brandId, sellerIds);
    }

    /** The seller's confirmations waiting for their case to open (its closure, under the default rule). */
    public List<PendingFact> confirmationsOf(String sellerId) {
        return facts("kind = 'CONFIRMATION' and seller_id = ?1", sellerId, null);
    }

    /** Promotions of these listings waiting for a case of the brand they claim (or of any brand, claiming none). */
    public List<PendingFact> promotionsOf(Collection<String> listingIds, Collection<String> brandIds) {
        return facts("kind = 'PROMOTION' and listing_id in ?1 and (brand_id is null or brand_id in ?2)", listingIds,
                brandIds);
    }

    /** Drops the listing's confirmations and takedowns waiting for a case. */
    public void forgetFindingsOf(String listingId) {
        em.createNativeQuery("delete from intake_pending_fact where kind in ('CONFIRMATION', 'TAKEDOWN')"
                + " and listing_id = ?1").setParameter(1, listingId).executeUpdate();
    }

    public void forget(PendingFact fact) {
        em.createNativeQuery("delete from intake_pending_fact where id = ?1").setParameter(1, fact.id()).executeUpdate();
    }

    /** A count or a sum as PostgreSQL answers it (bigint or numeric), refused rather than wrapped past a long. */
    private static long exact(Object number) {
        return number instanceof BigDecimal decimal ? decimal.longValueExact()
                : number instanceof BigInteger integer ? integer.longValueExact() : ((Number) number).longValue();
    }

    private List<PendingFact> facts(String where, Object first, Object second) {
        var query = em.createNativeQuery("select id, kind, seller_id, listing_id, brand_id, event_id, event_type, payload"
                + " from intake_pending_fact where " + where + " order by id", Object[].class).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new PendingFact(((Number) r[0]).longValue(),
                PendingFact.Kind.valueOf((String) r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7])).toList();
    }
}
