package dev.ccp.listing.shadow.infrastructure;

import dev.ccp.listing.shadow.domain.ConfigurationAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ConfigurationActionRepository implements PanacheRepositoryBase<ConfigurationAction, Long> {

    public List<ConfigurationAction> of(String configurationId) {
        return list("configurationId = ?1 order by id", configurationId);
    }
}
