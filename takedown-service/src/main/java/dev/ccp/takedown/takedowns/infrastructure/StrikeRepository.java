package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.takedown.takedowns.domain.Strike;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class StrikeRepository implements PanacheRepositoryBase<Strike, String> {

    /** Strikes that count: recorded since {@code since}, and not overturned on appeal. */
    public long ofSellerSince(String sellerId, Instant since) {
        return count("sellerId = ?1 and recordedAt >= ?2 and overturnedAt is null", sellerId, since);
    }
}
