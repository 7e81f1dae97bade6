package dev.ccp.listing.webhooks.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.webhooks.domain.ReceiverAddresses;
import dev.ccp.listing.webhooks.domain.WebhookDelivery;
import dev.ccp.listing.webhooks.domain.WebhookEndpoint;
import dev.ccp.listing.webhooks.domain.WebhookSecret;
import dev.ccp.listing.webhooks.infrastructure.SecretCipher;
import dev.ccp.listing.webhooks.infrastructure.WebhookDeliveryRepository;
import dev.ccp.listing.webhooks.infrastructure.WebhookEndpointRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A brand's own webhook endpoints: registered (HTTPS to a public address; the secret shown once, kept encrypted),
 * read, rotated, deleted, and their delivery log. Every method takes the caller's brand: another brand's endpoint
 * is as absent as one that never existed.
 */
@ApplicationScoped
public class ManagingWebhooks {
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final SecretCipher cipher;
    private final ReceiverAddresses addresses;
    private final ListingConfig.Webhooks config;
    private final Clock clock;

    ManagingWebhooks(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, SecretCipher cipher,
            ReceiverAddresses addresses, ListingConfig config, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.cipher = cipher;
        this.addresses = addresses;
        this.config = config.webhooks();
        this.clock = clock;
    }

    /** An endpoint and its secret in clear: the one time the brand sees it. */
    public record WithSecret(WebhookEndpoint endpoint, String secret) {
    }

    public record DeliveryPage(List<WebhookDelivery> items, long total) {
    }

    @Transactional
    public WithSecret register(String brandId, String url) {
        if (url == null || url.isBlank()) {
            throw ProblemException.badRequest("url", "must not be blank");
        }
        if (url.length() > config.maxUrlLength()) {
            throw ProblemException.badRequest("url", "must be at most " + config.maxUrlLength() + " characters");
        }
        try {
            addresses.check(url);
        } catch (ReceiverAddresses.Refused e) {
            throw ProblemException.badRequest("url", e.getMessage());
        }
        // one registration at a time per brand, so that concurrent ones cannot pass the limit together
        endpoints.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "webhook-endpoints:" + brandId).getSingleResult();
        if (endpoints.countOfBrand(brandId) >= config.maxEndpointsPerBrand()) {
            throw ProblemException.conflict("a brand has at most " + config.maxEndpointsPerBrand()
                    + " webhook endpoints; delete one first");
        }
        String id = UUID.randomUUID().toString();
        WebhookSecret secret = WebhookSecret.generate();
        WebhookEndpoint endpoint = WebhookEndpoint.register(id, brandId, url, cipher.encrypt(secret, id),
                clock.instant());
        endpoints.persist(endpoint);
        return new WithSecret(endpoint, secret.text());
    }

    public List<WebhookEndpoint> list(String brandId) {
        return endpoints.ofBrand(brandId);
    }

    public WebhookEndpoint get(String brandId, String id) {
        return endpoints.ofBrand(brandId, id).orElseThrow(() -> ProblemException.notFound("webhook", id));
    }

    /** The endpoint and its delivery log are deleted; pending deliveries are never sent. */
    @Transactional
    public void delete(String brandId, String id) {
        endpoints.delete(get(brandId, id));
    }

    /** A new secret, shown once; the previous one keeps signing beside it for the configured grace. */
    @Transactional
    public WithSecret rotate(String brandId, String id) {
        WebhookEndpoint endpoint = get(brandId, id);
        WebhookSecret secret = WebhookSecret.generate();
        Instant now = clock.instant();
        endpoint.rotate(cipher.encrypt(secret, endpoint.id), now, config.rotationGrace());
        return new WithSecret(endpoint, secret.text());
    }

    /** The brand's deliveries, newest first; {@code endpointId} null for all of them. */
    @Transactional
    public DeliveryPage deliveries(String brandId, String endpointId, PageRequest window) {
        if (endpointId != null) {
            get(brandId, endpointId);
        }
        PanacheQuery<WebhookDelivery> query = deliveries.ofBrand(brandId, endpointId, window.page(), window.size());
        List<WebhookDelivery> items = query.list();
        items.forEach(d -> d.history.size()); // read while the transaction is open
        return new DeliveryPage(items, query.count());
    }
}
