package dev.ccp.listing.webhooks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One notification on its way to one endpoint. The body is fixed when it is stored and {@code messageId} (the
 * {@code webhook-id} header) never changes, so every attempt sends the same message and receivers can dedupe;
 * only the timestamp and signature are made anew per attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
    public enum Status { PENDING, DELIVERED, FAILED }

    /** Error recorded when the endpoint answered 410 Gone. */
    public static final String GONE = "the receiver answered 410 Gone: endpoint disabled";

    @Id
    public String id;
    public String messageId;
    public String endpointId;
    public String brandId;
    public String eventType;
    public String payload;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    public Instant createdAt;
    public Instant nextAttemptAt;
    public Instant leaseUntil;
    public Instant lastAttemptAt;
    public Integer lastStatus;
    public String lastError;
    public Instant finishedAt;
    @ElementCollection
    @CollectionTable(name = "webhook_delivery_attempt", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderColumn(name = "attempt")
    public List<DeliveryAttempt> history = new ArrayList<>();

    public static WebhookDelivery of(String id, String messageId, WebhookEndpoint endpoint, String eventType,
            String payload, Instant now) {
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = id;
        delivery.messageId = messageId;
        delivery.endpointId = endpoint.id;
        delivery.brandId = endpoint.brandId;
        delivery.eventType = eventType;
        delivery.payload = payload;
        delivery.status = Status.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    /** A 2xx answer. */
    public void delivered(Instant at, int statusCode) {
        record(at, statusCode, null);
        finish(Status.DELIVERED, at);
    }

    /** Any other outcome: tried again on the schedule, or FAILED once it runs out. */
    public void attemptFailed(Instant at, Integer statusCode, String error, RetrySchedule schedule) {
        record(at, statusCode, error);
        Optional<Instant> next = schedule.nextAttempt(attempts, createdAt, at);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
            leaseUntil = null;
        } else {
            finish(Status.FAILED, at);
        }
    }

    /** The receiver answered 410 Gone: never tried again (the caller disables the endpoint). */
    public void gone(Instant at) {
        record(at, 410, GONE);
        finish(Status.FAILED, at);
    }

    /** Not sent at all, since its endpoint was disabled meanwhile. */
    public void cancel(Instant at, String reason) {
        lastError = reason;
        finish(Status.FAILED, at);
    }

    private void record(Instant at, Integer statusCode, String error) {
        attempts++;
        lastAttemptAt = at;
        lastStatus = statusCode;
        lastError = error;
        history.add(DeliveryAttempt.of(at, statusCode, error));
    }

    private void finish(Status outcome, Instant at) {
        status = outcome;
        finishedAt = at;
        nextAttemptAt = null;
        leaseUntil = null;
    }
}
