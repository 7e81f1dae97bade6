package dev.ccp.listing.webhooks.api;

import dev.ccp.listing.webhooks.domain.DeliveryAttempt;
import dev.ccp.listing.webhooks.domain.WebhookDelivery;
import dev.ccp.listing.webhooks.domain.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What brands read of their endpoints and deliveries; a secret appears only in the answer that made it. */
public final class WebhookViews {
    private WebhookViews() {
    }

    @Schema(description = "A registered endpoint; the secret is in this answer only: store it now")
    public record Registered(String id, String url, WebhookEndpoint.Status status, Instant createdAt,
            @Schema(description = "whsec_ + base64 of the HMAC key") String secret) {
        static Registered of(WebhookEndpoint endpoint, String secret) {
            return new Registered(endpoint.id, endpoint.url, endpoint.status, endpoint.createdAt, secret);
        }
    }

    @Schema(description = "A webhook endpoint (never its secret)")
    public record Endpoint(String id, String url, WebhookEndpoint.Status status, String disabledReason,
            Instant createdAt, Instant secretRotatedAt,
            @Schema(description = "Until then deliveries carry a signature with the previous secret too")
            Instant previousSecretValidUntil) {
        static Endpoint of(WebhookEndpoint e) {
            return new Endpoint(e.id, e.url, e.status, e.disabledReason, e.createdAt, e.secretRotatedAt,
                    e.previousSecretUntil);
        }
    }

    @Schema(description = "The new secret, shown once; the previous one signs beside it until previousSecretValidUntil")
    public record RotatedSecret(String id, String secret, Instant previousSecretValidUntil) {
        static RotatedSecret of(WebhookEndpoint endpoint, String secret) {
            return new RotatedSecret(endpoint.id, secret, endpoint.previousSecretUntil);
        }
    }

    public record Attempt(int attempt, Instant attemptedAt,
            @Schema(description = "The receiver's answer; absent when none came") Integer statusCode, String error) {
    }

    @Schema(description = "One notification to one endpoint and its attempts")
    public record Delivery(String id,
            @Schema(description = "The webhook-id header: the same on every attempt") String webhookId,
            String endpointId, String type, WebhookDelivery.Status status, Instant createdAt,
            List<Attempt> attempts,
            @Schema(description = "When it is tried next; absent once delivered or failed") Instant nextAttemptAt,
            Instant finishedAt, String lastError) {
        static Delivery of(WebhookDelivery d) {
            List<Attempt> attempts = IntStream.range(0, d.history.size()).mapToObj(i -> {
                DeliveryAttempt a = d.history.get(i);
                return new Attempt(i + 1, a.attemptedAt, a.statusCode, a.error);
            }).toList();
            return new Delivery(d.id, d.messageId, d.endpointId, d.eventType, d.status, d.createdAt, attempts,
                    d.nextAttemptAt, d.finishedAt, d.lastError);
        }
    }
}
