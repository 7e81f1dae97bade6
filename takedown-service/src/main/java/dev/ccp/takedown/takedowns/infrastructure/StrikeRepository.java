package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.takedown.takedowns.domain.Strike;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class StrikeRepository implements PanacheRepositoryBase<Strike, String> {

    public long ofSellerSince(String sellerId, Instant since) {
        return count("sellerId = ?1 and recordedAt >= ?2", sellerId, since);
    }
}
