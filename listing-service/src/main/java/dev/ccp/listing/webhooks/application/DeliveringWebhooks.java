package dev.ccp.listing.webhooks.application;

import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.webhooks.domain.ReceiverAddresses;
import dev.ccp.listing.webhooks.domain.RetrySchedule;
import dev.ccp.listing.webhooks.domain.WebhookDelivery;
import dev.ccp.listing.webhooks.domain.WebhookEndpoint;
import dev.ccp.listing.webhooks.domain.WebhookSecret;
import dev.ccp.listing.webhooks.domain.WebhookSignature;
import dev.ccp.listing.webhooks.infrastructure.PinnedAddressSender;
import dev.ccp.listing.webhooks.infrastructure.SecretCipher;
import dev.ccp.listing.webhooks.infrastructure.WebhookDeliveryRepository;
import dev.ccp.listing.webhooks.infrastructure.WebhookEndpointRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries. A pass claims a batch (SKIP LOCKED and a lease, so two replicas never send the same one at
 * once), then for each, outside any transaction: checks the receiver's address again (after resolving it now),
 * signs the stored body with a fresh timestamp and every secret that signs at this moment, sends it, and records
 * the answer: 2xx delivered; 410 disables the endpoint; anything else is retried on the {@link RetrySchedule}.
 */
@ApplicationScoped
public class DeliveringWebhooks {
    private static final Logger LOG = Logger.getLogger(DeliveringWebhooks.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final SecretCipher cipher;
    private final ReceiverAddresses addresses;
    private final PinnedAddressSender sender;
    private final RetrySchedule schedule;
    private final ListingConfig.Webhooks.Sender settings;
    private final MeterRegistry metrics;
    private final Clock clock;

    DeliveringWebhooks(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints, SecretCipher cipher,
            ReceiverAddresses addresses, PinnedAddressSender sender, RetrySchedule schedule, ListingConfig config,
            MeterRegistry metrics, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.addresses = addresses;
        this.sender = sender;
        this.schedule = schedule;
        this.settings = config.webhooks().sender();
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What one attempt sends. */
    private record Message(String id, String messageId, String url, String payload, List<WebhookSecret> secrets) {
    }

    /** @param statusCode null when no answer came */
    private record Outcome(Instant at, Integer statusCode, String error) {
    }

    /** One pass. @return how many deliveries it claimed */
    public int runDue() {
        Instant now = clock.instant();
        List<String> claimed = QuarkusTransaction.requiringNew().call(() ->
                deliveries.claimDue(now, now.plus(settings.lease()), settings.batchSize()));
        for (String id : claimed) {
            try {
                Message message = QuarkusTransaction.requiringNew().call(() -> prepare(id));
                if (message != null) {
                    Outcome outcome = send(message);
                    QuarkusTransaction.requiringNew().run(() -> record(id, outcome));
                }
            } catch (RuntimeException e) {
                // the database or a bug: the lease lapses and a later pass tries again
                LOG.errorf(e, "webhook delivery %s: the attempt could not be recorded", id);
            }
        }
        return claimed.size();
    }

    private Message prepare(String id) {
        WebhookDelivery delivery = deliveries.findById(id);
        if (delivery == null || delivery.status != WebhookDelivery.Status.PENDING) {
            return null;
        }
        WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId);
        Instant now = clock.instant();
        if (endpoint == null || !endpoint.active()) {
            delivery.cancel(now, "the endpoint was disabled before it was sent");
            return null;
        }
        List<WebhookSecret> secrets = new ArrayList<>(2);
        secrets.add(cipher.decrypt(endpoint.secret, endpoint.id));
        if (endpoint.previousSecretSigns(now)) {
            secrets.add(cipher.decrypt(endpoint.previousSecret, endpoint.id));
        }
        return new Message(id, delivery.messageId, endpoint.url, delivery.payload, secrets);
    }

    private Outcome send(Message message) {
        Instant at = clock.instant();
        ReceiverAddresses.Target target;
        try {
            target = addresses.check(message.url());
        } catch (ReceiverAddresses.Refused e) {
            return new Outcome(at, null, "not sent: the URL " + e.getMessage());
        }
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", message.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature",
                WebhookSignature.header(message.secrets(), message.messageId(), timestamp, message.payload()));
        try {
            int code = sender.post(target, headers, message.payload());
            return new Outcome(at, code, code / 100 == 2 ? null : "the receiver answered " + code);
        } catch (IOException e) {
            return new Outcome(at, null, "no answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private void record(String id, Outcome outcome) {
        WebhookDelivery delivery = deliveries.findById(id);
        if (delivery == null || delivery.status != WebhookDelivery.Status.PENDING) {
            return;
        }
        Integer code = outcome.statusCode();
        String result;
        if (code != null && code / 100 == 2) {
            delivery.delivered(outcome.at(), code);
            result = "delivered";
        } else if (code != null && code == 410) {
            delivery.gone(outcome.at());
            WebhookEndpoint endpoint = endpoints.findById(delivery.endpointId);
            if (endpoint != null && endpoint.active()) {
                endpoint.disable(WebhookDelivery.GONE);
                deliveries.flush();
                int cancelled = deliveries.cancelPendingOf(endpoint.id, "the endpoint was disabled (410 Gone)",
                        outcome.at());
                LOG.infof("webhook endpoint %s of brand %s answered 410: disabled, %d pending deliveries given up",
                        endpoint.id, endpoint.brandId, cancelled);
            }
            result = "gone";
        } else {
            delivery.attemptFailed(outcome.at(), code, outcome.error(), schedule);
            result = delivery.status == WebhookDelivery.Status.FAILED ? "failed" : "retrying";
        }
        metrics.counter("ccp.listing.webhook.attempts", "result", result).increment();
    }
}
