package dev.ccp.seller.verification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.devstack.kafka.KafkaBroker;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.seller.support.Sellers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;

    @Test
    void aCommittedRegistrationReachesTheTopicAsCloudEventsInOrder() {
        String id = Sellers.applied();

        List<ConsumerRecord<String, String>> records = TestKafka.await(Topics.SELLERS,
                r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertThat(records).hasSize(2);
        EventEnvelope registered = EventJson.read(records.get(0).value());
        EventEnvelope verified = EventJson.read(records.get(1).value());
        assertThat(registered.type()).isEqualTo("seller.registered");
        assertThat(registered.source()).isEqualTo("/seller-service");
        assertThat(registered.subject()).isEqualTo(id);
        assertThat(registered.specversion()).isEqualTo("1.0");
        assertThat(((SellerRegistered) registered.payload()).sellerId()).isEqualTo(id);
        assertThat(verified.type()).isEqualTo("seller.verified");
        assertThat(((SellerVerified) verified.payload()).reasons()).isNotEmpty();
        assertThat(records.get(0).headers().lastHeader("content-type").value())
                .asString().isEqualTo("application/cloudevents+json");
    }

    @Test
    void aRolledBackChangeLeavesNoEventBehind() {
        String sellerId = "rollback-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(new SellerRegistered(sellerId, "never", "ES", Instant.now()));
            throw new IllegalStateException("the state change failed after the event was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outboxRowsFor(sellerId)).isZero();
        assertThat(TestKafka.during(Topics.SELLERS, r -> sellerId.equals(r.key()), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void eventsWaitWhileTheBrokerIsDownAndGoOutWhenItReturns() {
        KafkaBroker broker = TestKafka.broker();
        broker.stop();
        String id;
        try {
            id = Sellers.applied(); // the API keeps working without the broker
            assertThat(outboxRowsFor(id)).isEqualTo(2);
            sleep(Duration.ofSeconds(2));
            assertThat(unpublishedRowsFor(id)).as("nothing can be published while the broker is down").isEqualTo(2);
        } finally {
            broker.start();
        }
        // At least once: a round cut short by the outage may be re-sent, so count distinct events, not records.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TestKafka.during(Topics.SELLERS, r -> id.equals(r.key()), Duration.ofSeconds(1)).stream()
                        .map(r -> EventJson.read(r.value()).type()).distinct())
                .containsExactlyInAnyOrder("seller.registered", "seller.verified"));
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublishedRowsFor(id) == 0);
    }

    private long outboxRowsFor(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where event_key = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
    }

    private long unpublishedRowsFor(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where event_key = ?1 and published_at is null")
                .setParameter(1, key).getSingleResult()).longValue());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
