package dev.ccp.litigation.evidence.infrastructure;

import dev.ccp.litigation.evidence.domain.TreeHead;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TreeHeadRepository implements PanacheRepositoryBase<TreeHead, Long> {

    public Optional<TreeHead> latest(String caseId) {
        return find("caseId", Sort.descending("treeSize", "id"), caseId).firstResultOptional();
    }

    /** The latest head signed for a smaller tree than {@code size}: the one a new bundle proves it extends. */
    public Optional<TreeHead> latestBelow(String caseId, long size) {
        return find("caseId = ?1 and treeSize < ?2", Sort.descending("treeSize", "id"), caseId, size)
                .firstResultOptional();
    }

    public Optional<TreeHead> ofSize(String caseId, long size) {
        return find("caseId = ?1 and treeSize = ?2", Sort.descending("id"), caseId, size).firstResultOptional();
    }

    /** Every head signed for the case, newest first, at most {@code limit}. */
    public List<TreeHead> recent(String caseId, int limit) {
        return find("caseId", Sort.descending("treeSize", "id"), caseId).range(0, limit - 1).list();
    }
}
