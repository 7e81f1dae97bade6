package dev.ccp.seller.account.infrastructure;

import dev.ccp.seller.account.domain.Seller;
import dev.ccp.seller.account.domain.SellerStatus;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Staff search over accounts by status, country and the start of a shop or legal name. */
@ApplicationScoped
public class SellerSearch {
    private final SellerRepository sellers;

    SellerSearch(SellerRepository sellers) {
        this.sellers = sellers;
    }

    public record Criteria(SellerStatus status, String country, String name) {
    }

    public record Result(List<Seller> items, long total) {
    }

    public Result find(Criteria criteria, int offset, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (criteria.status() != null) {
            where.add("status = :status");
            parameters.and("status", criteria.status());
        }
        if (criteria.country() != null) {
            where.add("country = :country");
            parameters.and("country", criteria.country());
        }
        if (criteria.name() != null) {
            where.add("(lower(displayName) like :name or lower(legalName) like :name)");
            parameters.and("name", criteria.name().toLowerCase(java.util.Locale.ROOT).replace("%", "\\\\%") + "%");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        var found = sellers.find(query, Sort.by("submittedAt").descending().and("id"), parameters);
        long total = found.count();
        return new Result(found.range(offset, offset + limit - 1).list(), total);
    }
}
