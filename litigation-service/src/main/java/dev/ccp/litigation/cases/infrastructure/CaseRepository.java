package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.litigation.cases.domain.LitigationCase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<LitigationCase, String> {
    private static final Sort OLDEST_FIRST = Sort.by("openedAt").and("id");

    /** The cases naming the seller as a defendant (every case when sellerId is null), oldest first. */
    public List<LitigationCase> against(String sellerId, PageRequest window) {
        return query(sellerId).page(Page.of(window.page(), window.size())).list();
    }

    public long countAgainst(String sellerId) {
        return query(sellerId).count();
    }

    /** The cases a brand is party to, oldest first. */
    public List<LitigationCase> ofBrand(String brandId, PageRequest window) {
        return ofBrandQuery(brandId).page(Page.of(window.page(), window.size())).list();
    }

    public long countOfBrand(String brandId) {
        return ofBrandQuery(brandId).count();
    }

    private PanacheQuery<LitigationCase> ofBrandQuery(String brandId) {
        return find("select c from LitigationCase c where ?1 member of c.brandIds", OLDEST_FIRST, brandId);
    }

    private PanacheQuery<LitigationCase> query(String sellerId) {
        if (sellerId == null) {
            return findAll(OLDEST_FIRST);
        }
        return find("select c from LitigationCase c where exists "
                + "(select 1 from LitigationCase o join o.defendants d where o = c and d.sellerId = ?1)",
                OLDEST_FIRST, sellerId);
    }
}
