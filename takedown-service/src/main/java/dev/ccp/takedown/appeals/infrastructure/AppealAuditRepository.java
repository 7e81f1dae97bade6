package dev.ccp.takedown.appeals.infrastructure;

import dev.ccp.takedown.appeals.domain.AppealAudit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AppealAuditRepository implements PanacheRepositoryBase<AppealAudit, Long> {

    /** The appeal's history, oldest first. */
    public List<AppealAudit> of(String appealId) {
        return list("appealId = ?1 order by id", appealId);
    }
}
