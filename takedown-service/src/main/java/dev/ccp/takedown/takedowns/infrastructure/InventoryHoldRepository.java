package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.takedown.takedowns.domain.InventoryHold;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class InventoryHoldRepository implements PanacheRepositoryBase<InventoryHold, String> {

    public Optional<InventoryHold> forUpdate(String takedownId) {
        return findByIdOptional(takedownId, LockModeType.PESSIMISTIC_WRITE);
    }
}
