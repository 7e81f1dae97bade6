package dev.ccp.listing.shadow.infrastructure;

import dev.ccp.listing.shadow.domain.ShadowDifference;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ShadowDifferenceRepository implements PanacheRepositoryBase<ShadowDifference, Long> {
    private final EntityManager em;

    ShadowDifferenceRepository(EntityManager em) {
        this.em = em;
    }

    public record Found(List<ShadowDifference> items, long total) {
    }

    /** How many listings went from one outcome to another. */
    public record Transition(String activeOutcome, String stagedOutcome, long listings) {
    }

    /**
     * Newest first; by either outcome when given, and only those whose outcome changed when
     * {@code outcomeChanged} (otherwise the score alone may differ).
     */
    public Found search(String configurationId, String activeOutcome, String stagedOutcome, Boolean outcomeChanged,
            String listingId, int offset, int limit) {
        List<String> where = new ArrayList<>(List.of("configurationId = :configuration"));
        Parameters params = Parameters.with("configuration", configurationId);
        if (activeOutcome != null) {
            where.add("activeOutcome = :active");
            params.and("active", activeOutcome);
        }
        if (stagedOutcome != null) {
            where.add("stagedOutcome = :staged");
            params.and("staged", stagedOutcome);
        }
        if (outcomeChanged != null) {
            where.add(outcomeChanged ? "activeOutcome <> stagedOutcome" : "activeOutcome = stagedOutcome");
        }
        if (listingId != null) {
            where.add("listingId = :listing");
            params.and("listing", listingId);
        }
        var found = find(String.join(" and ", where) + " order by id desc", params);
        return new Found(found.range(offset, offset + limit - 1).list(), found.count());
    }

    @SuppressWarnings("unchecked")
    public List<Transition> transitions(String configurationId) {
        List<Object[]> rows = em.createNativeQuery("""
                select active_outcome, staged_outcome, count(*) from shadow_difference
                where configuration_id = :configuration group by active_outcome, staged_outcome
                order by active_outcome, staged_outcome""")
                .setParameter("configuration", configurationId).getResultList();
        return rows.stream().map(r -> new Transition((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }
}
