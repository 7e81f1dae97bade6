package dev.ccp.litigation.intelligence.infrastructure;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.litigation.intelligence.domain.IntelligenceExport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class IntelligenceExportRepository implements PanacheRepositoryBase<IntelligenceExport, String> {

    /** The exports, newest first. */
    public List<IntelligenceExport> newest(PageRequest window) {
        return findAll(Sort.descending("exportedAt").and("id", Sort.Direction.Descending))
                .page(Page.of(window.page(), window.size())).list();
    }
}
