package dev.ccp.listing.webhooks.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.listing.webhooks.domain.WebhookDelivery;
import dev.ccp.listing.webhooks.domain.WebhookEndpoint;
import dev.ccp.listing.webhooks.infrastructure.WebhookDeliveryRepository;
import dev.ccp.listing.webhooks.infrastructure.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stores a notification as one delivery per active endpoint of the brand, in the caller's transaction (like the
 * outbox: nothing is sent for a change that rolls back); {@link DeliveringWebhooks} sends it after the commit.
 * The body follows Standard Webhooks' {@code {type, timestamp, data}}, with the subject beside them.
 */
@ApplicationScoped
public class StoredBrandNotifications implements BrandNotifications {
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Event<WebhooksDue> due;
    private final Clock clock;

    StoredBrandNotifications(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
            ObjectMapper json, Event<WebhooksDue> due, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
        this.due = due;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(String brandId, String type, String subject, Map<String, Object> data) {
        List<WebhookEndpoint> receivers = endpoints.activeOfBrand(brandId);
        if (receivers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String body = body(type, subject, data, now);
        for (WebhookEndpoint endpoint : receivers) {
            deliveries.persist(WebhookDelivery.of(UUID.randomUUID().toString(), messageId, endpoint, type, body, now));
        }
        due.fire(new WebhooksDue(receivers.size()));
    }

    private String body(String type, String subject, Map<String, Object> data, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", now.toString());
        body.put("subject", subject);
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("notification " + type + " is not JSON", e);
        }
    }
}
