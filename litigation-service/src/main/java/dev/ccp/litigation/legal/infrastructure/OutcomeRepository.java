package dev.ccp.litigation.legal.infrastructure;

import dev.ccp.litigation.legal.domain.CaseOutcome;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<CaseOutcome, String> {

    public Optional<CaseOutcome> ofCase(String caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
