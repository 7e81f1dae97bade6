package dev.ccp.listing.webhooks.infrastructure;

import dev.ccp.listing.webhooks.domain.WebhookEndpoint;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, String> {

    /** The brand's endpoints, oldest first. */
    public List<WebhookEndpoint> ofBrand(String brandId) {
        return list("brandId = ?1 order by createdAt, id", brandId);
    }

    public List<WebhookEndpoint> activeOfBrand(String brandId) {
        return list("brandId = ?1 and status = ?2 order by createdAt, id", brandId, WebhookEndpoint.Status.ACTIVE);
    }

    public long countOfBrand(String brandId) {
        return count("brandId", brandId);
    }

    /** The endpoint if it is the brand's: another brand's is as absent as one that never existed. */
    public Optional<WebhookEndpoint> ofBrand(String brandId, String id) {
        return findByIdOptional(id).filter(e -> e.brandId.equals(brandId));
    }
}
