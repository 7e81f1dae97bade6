package dev.ccp.litigation.evidence.infrastructure;

import dev.ccp.litigation.evidence.domain.Countersignature;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CountersignatureRepository implements PanacheRepositoryBase<Countersignature, Long> {

    public Optional<Countersignature> of(String caseId, long treeSize, String brandId) {
        return find("caseId = ?1 and treeSize = ?2 and brandId = ?3", caseId, treeSize, brandId).firstResultOptional();
    }

    /** The case's countersignatures, newest tree first, at most {@code limit}. */
    public List<Countersignature> recent(String caseId, int limit) {
        return find("caseId", Sort.descending("treeSize").and("id"), caseId).range(0, limit - 1).list();
    }
}
