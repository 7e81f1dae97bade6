package dev.ccp.litigation.legal.infrastructure;

import dev.ccp.litigation.legal.domain.LegalAudit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

@ApplicationScoped
public class LegalAuditRepository implements PanacheRepositoryBase<LegalAudit, Long> {

    /** The latest {@code limit} actions on a case, oldest first. */
    public List<LegalAudit> ofCase(String caseId, int limit) {
        List<LegalAudit> newest = new ArrayList<>(find("caseId", Sort.descending("id"), caseId).range(0, limit - 1).list());
        Collections.reverse(newest);
        return newest;
    }
}
