package dev.ccp.litigation.intelligence.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Which cases are confirmed, and so may be shared with law enforcement. A case is confirmed when it was not
 * dismissed, no judgment went for the defendants, and at least one of these holds:
 * <ul>
 *   <li>its ledger holds a LISTING_SNAPSHOT recorded from an event (a {@code listing.counterfeit-confirmed}: a
 *       moderator confirmed the listing counterfeit), i.e. one with a source event id;</li>
 *   <li>a brand, through the partner API (recorded by {@code brand:<id>}), authenticated at least one item as
 *       counterfeit (a BRAND_AUTHENTICATION entry with a result {@code counterfeit: true});</li>
 *   <li>a judgment was entered for the plaintiff.</li>
 * </ul>
 * Staff notes, staff-recorded snapshots and a case's status alone confirm nothing.
 */
@ApplicationScoped
public class ConfirmedCases {
    private static final String CONFIRMED = """
            c.status <> 'DISMISSED'
            and not exists (select 1 from case_outcome o
                            where o.case_id = c.id and o.kind = 'JUDGMENT' and not o.for_plaintiff)
            and (exists (select 1 from evidence_entry e
                         where e.case_id = c.id and e.type = 'LISTING_SNAPSHOT' and e.source_event_id is not null)
                 or exists (select 1 from evidence_entry e
                            where e.case_id = c.id and e.type = 'BRAND_AUTHENTICATION'
                              and e.recorded_by like 'brand:%'
                              and jsonb_path_exists(e.content::jsonb, '$.results[*] ? (@.counterfeit == true)'))
                 or exists (select 1 from case_outcome o
                            where o.case_id = c.id and o.kind = 'JUDGMENT' and o.for_plaintiff))
            """;

    private final EntityManager em;

    ConfirmedCases(EntityManager em) {
        this.em = em;
    }

    /** Whether the case is confirmed (false for an unknown one). */
    public boolean isConfirmed(String caseId) {
        return !em.createNativeQuery("select c.id from litigation_case c where c.id = ?1 and " + CONFIRMED)
                .setParameter(1, caseId).getResultList().isEmpty();
    }

    /** A SELLER defendant of a confirmed case. */
    public record ConfirmedSeller(String caseId, String sellerId) {
    }

    /**
     * The SELLER defendants of the confirmed cases (of {@code caseId} alone when given), oldest case first, at most
     * {@code limit} distinct sellers' worth of rows plus one: the caller tells "more than the limit" from that.
     */
    @SuppressWarnings("unchecked")
    public List<ConfirmedSeller> sellers(String caseId, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                with sellers as (
                    select c.id as case_id, d.seller_id, c.opened_at
                    from litigation_case c join case_defendant d on d.case_id = c.id
                    where d.role = 'SELLER' and d.seller_id is not null and (cast(?1 as text) is null or c.id = ?1)
                      and\s""" + CONFIRMED + """
                ), ranked as (
                    select s.*, dense_rank() over (order by first_seen, seller_id) as n
                    from (select *, min(opened_at) over (partition by seller_id) as first_seen from sellers) s
                )
                select case_id, seller_id from ranked where n <= ?2 order by n, opened_at, case_id""")
                .setParameter(1, caseId).setParameter(2, limit + 1).getResultList();
        return rows.stream().map(r -> new ConfirmedSeller((String) r[0], (String) r[1])).toList();
    }
}
