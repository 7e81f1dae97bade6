package dev.ccp.listing.webhooks.infrastructure;

import dev.ccp.listing.webhooks.application.BrandNotifications;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Until signed webhook deliveries exist, notifications go nowhere; the delivering implementation replaces this. */
@ApplicationScoped
@DefaultBean
public class NoWebhooksYet implements BrandNotifications {

    @Override
    public void notify(String brandId, String type, String subject, java.util.Map<String, Object> data) {
        // nothing registered can receive it yet
    }
}
