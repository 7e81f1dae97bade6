package dev.ccp.litigation.legal.infrastructure;

import dev.ccp.litigation.legal.domain.CriminalReferral;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<CriminalReferral, String> {

    /** A case's referrals, oldest first; a case has a handful (bounded by litigation.legal.max-referrals). */
    public List<CriminalReferral> ofCase(String caseId) {
        return list("caseId", Sort.by("referredAt").and("id"), caseId);
    }
}
