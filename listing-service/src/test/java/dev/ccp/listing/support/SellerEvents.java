package dev.ccp.listing.support;

import static io.restassured.RestAssured.given;

import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.devstack.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * Sellers as seller-service announces them: real CloudEvents on {@code sellers.v1}, with the outbox's headers,
 * awaited until applied here.
 */
public final class SellerEvents {
    private SellerEvents() {
    }

    /** A new seller id, verified and known to listing-service. */
    public static String verifiedSeller() {
        String id = "s-" + UUID.randomUUID();
        verify(id);
        return id;
    }

    public static void verify(String sellerId) {
        sendAndAwait(new SellerVerified(sellerId, 0, List.of(), Instant.now()), sellerId, "VERIFIED");
    }

    public static void close(String sellerId) {
        sendAndAwait(new SellerClosed(sellerId, "COUNTERFEIT", "test", Instant.now()), sellerId, "CLOSED");
    }

    /** Sends them all at once (in order per seller), without waiting for listing-service to apply them. */
    public static void sendAll(List<? extends DomainEvent> events) {
        java.util.Map<String, String> records = new java.util.LinkedHashMap<>();
        for (DomainEvent event : events) {
            records.put(event.aggregateId(), EventJson.write(EventEnvelope.wrap("/seller-service", event, Instant.now())));
        }
        TestKafka.sendCloudEvents(Topics.SELLERS, records);
    }

    public static String send(DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.wrap("/seller-service", event, Instant.now());
        TestKafka.sendCloudEvents(Topics.SELLERS, java.util.Map.of(event.aggregateId(), EventJson.write(envelope)));
        return envelope.id();
    }

    public static void sendAndAwait(DomainEvent event, String sellerId, String status) {
        send(event);
        awaitStanding(sellerId, status);
    }

    public static void awaitStanding(String sellerId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50)).until(() ->
                status.equals(given().header("Authorization", TestTokens.bearer("moderator"))
                        .get("/api/v1/seller-standings/{id}", sellerId).then().extract().path("status")));
    }
}
