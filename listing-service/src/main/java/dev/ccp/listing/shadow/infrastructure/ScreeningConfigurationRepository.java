package dev.ccp.listing.shadow.infrastructure;

import dev.ccp.listing.shadow.domain.ScreeningConfiguration;
import dev.ccp.listing.shadow.domain.ScreeningConfiguration.Status;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ScreeningConfigurationRepository implements PanacheRepositoryBase<ScreeningConfiguration, String> {

    /** The one configuration in {@code status} (STAGED and ACTIVE are unique by index). */
    public Optional<ScreeningConfiguration> inStatus(Status status) {
        return find("status", status).firstResultOptional();
    }

    public Optional<ScreeningConfiguration> inStatusForUpdate(Status status) {
        return find("status", status).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Counts a batch of submissions scored beside the active configuration, without loading the row. */
    public void countScreened(String id, long screened, long differing) {
        update("screened = screened + ?1, differing = differing + ?2 where id = ?3", screened, differing, id);
    }
}
