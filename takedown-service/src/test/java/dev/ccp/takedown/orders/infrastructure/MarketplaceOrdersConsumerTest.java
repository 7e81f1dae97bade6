package dev.ccp.takedown.orders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.ccp.devstack.test.TestKafka;
import dev.ccp.takedown.support.Orders;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MarketplaceOrdersConsumerTest {
    private static final String TOPIC = "marketplace.orders.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anOrderAndItsUpdateAreAppliedAndADuplicateChangesNothing() {
        String listing = Orders.unique("l");
        String key = Orders.unique("o");
        TestKafka.send(TOPIC, key, Orders.json(Orders.order(key, listing, "SHIPPED")));
        awaitStatuses(listing, List.of("SHIPPED"));
        String changedAt = Orders.ofListing(listing).then().extract().path("[0].statusChangedAt");

        TestKafka.send(TOPIC, key, Orders.json(Orders.order(key, listing, "SHIPPED")));
        TestKafka.send(TOPIC, key, Orders.json(Orders.order(key, listing, "DELIVERED")));
        TestKafka.send(TOPIC, key, Orders.json(Orders.order(key, listing, "SHIPPED")));
        String marker = Orders.unique("o");
        TestKafka.send(TOPIC, marker, Orders.json(Orders.order(marker, listing + "-marker", "PAID")));
        awaitStatuses(listing + "-marker", List.of("PAID"));
        Orders.ofListing(listing).then().body("status", equalTo(List.of("DELIVERED")))
                .body("amount.amount", equalTo(List.of("173.97")));
        assertThat((String) Orders.ofListing(listing).then().extract().path("[0].statusChangedAt"))
                .isNotEqualTo(changedAt);
    }

    @Test
    void aMalformedOrConflictingRecordGoesToTheDeadLetterTopicAndTheFeedGoesOn() {
        String listing = Orders.unique("l");
        String badAmount = Orders.unique("o");
        Map<String, Object> bad = Orders.order(badAmount, listing, "PAID");
        bad.put("amount", Map.of("amount", "173.979", "currency", "EUR"));
        String conflicting = Orders.unique("o");
        Map<String, Object> otherCustomer = Orders.order(conflicting, listing, "DELIVERED");
        otherCustomer.put("customerId", "cust-2");
        String good = Orders.unique("o");

        TestKafka.send(TOPIC, "not-json", "{not json");
        TestKafka.send(TOPIC, badAmount, Orders.json(bad));
        TestKafka.send(TOPIC, conflicting, Orders.json(Orders.order(conflicting, listing, "SHIPPED")));
        TestKafka.send(TOPIC, conflicting, Orders.json(otherCustomer));
        TestKafka.send(TOPIC, good, Orders.json(Orders.order(good, listing, "PAID")));

        assertThat(TestKafka.await(TOPIC + ".dlq", r -> List.of("not-json", badAmount, conflicting).contains(r.key()),
                3, WAIT)).extracting(r -> r.key()).containsExactlyInAnyOrder("not-json", badAmount, conflicting);
        awaitStatuses(listing, List.of("SHIPPED", "PAID"));
        Orders.ofListing(listing).then().body("key", equalTo(List.of(conflicting, good)))
                .body("customerId", equalTo(List.of("cust-1", "cust-1")));
    }

    private static void awaitStatuses(String listing, List<String> statuses) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> Orders.ofListing(listing).then().statusCode(200)
                .body("status", equalTo(statuses)));
    }
}
