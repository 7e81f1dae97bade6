package dev.ccp.litigation.legal.infrastructure;

import dev.ccp.litigation.legal.domain.CivilFiling;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class FilingRepository implements PanacheRepositoryBase<CivilFiling, String> {

    public Optional<CivilFiling> ofCase(String caseId) {
        return find("caseId", caseId).firstResultOptional();
    }
}
