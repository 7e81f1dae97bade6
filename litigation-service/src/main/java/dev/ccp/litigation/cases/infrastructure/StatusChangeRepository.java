package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.litigation.cases.domain.StatusChange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class StatusChangeRepository implements PanacheRepositoryBase<StatusChange, Long> {

    /** A case's audit trail, oldest first; a lifecycle has at most a handful of changes. */
    public List<StatusChange> ofCase(String caseId) {
        return list("caseId", Sort.by("id"), caseId);
    }
}
