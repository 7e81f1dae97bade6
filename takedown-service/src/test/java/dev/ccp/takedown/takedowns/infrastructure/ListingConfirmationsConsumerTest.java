package dev.ccp.takedown.takedowns.infrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.Topics;
import dev.ccp.contracts.listing.ListingCounterfeitConfirmed;
import dev.ccp.devstack.test.DatabaseOutage;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import dev.ccp.devstack.test.TestKafka;
import dev.ccp.takedown.statements.application.ReadingStatements;
import dev.ccp.takedown.statements.domain.StatementOfReasons;
import dev.ccp.takedown.support.Charges;
import dev.ccp.takedown.support.Confirmations;
import dev.ccp.takedown.support.ListingServiceStub;
import dev.ccp.takedown.support.Orders;
import dev.ccp.takedown.support.PaymentProvider;
import dev.ccp.takedown.support.PeerServicesStub;
import dev.ccp.takedown.support.Takedowns;
import dev.ccp.takedown.takedowns.application.RunningTakedownSteps;
import dev.ccp.takedown.takedowns.application.SellerAction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListingConfirmationsConsumerTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    RunningTakedownSteps running;
    @Inject
    ReadingStatements statements;
    private static PaymentSimulatorProcess provider;

    @BeforeAll
    static void wellBehavedProvider() {
        provider = PaymentProvider.restart(UnaryOperator.identity());
    }

    @Test
    void aConfirmationTakesTheListingDownAndEndsWithTheSummaryLitigationFiles() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        String first = Orders.unique("o");
        String second = Orders.unique("o");
        String cancelled = Orders.unique("o");
        Charges.importAndCharge(provider, List.of(Orders.order(first, listing, "DELIVERED", "173.97", "EUR"),
                Orders.order(second, listing, "SHIPPED", "173.97", "EUR"),
                Orders.order(cancelled, listing, "CANCELLED", "173.97", "EUR")));

        TestKafka.sendCloudEvents(Confirmations.TOPIC,
                Map.of(listing, Confirmations.cloudEvent(Confirmations.of(listing, seller, List.of("b-acme")))));
        String id = awaitOneTakedown(listing);
        Takedowns.runUntil(running, () -> "COMPLETED".equals(Takedowns.status(id)));

        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/listings/" + listing + "/removal"))
                .withHeader("Idempotency-Key", equalTo("takedown-" + id + "-removal"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.reason", equalTo("COUNTERFEIT")))
                .withRequestBody(matchingJsonPath("$.reference", equalTo("takedown " + id))));
        PeerServicesStub.admin().verifyThat(1, postRequestedFor(urlPathEqualTo("/api/v1/sellers/" + seller + "/closure"))
                .withHeader("Idempotency-Key", equalTo("takedown-" + id + "-closure"))
                .withHeader("Authorization", matching("Bearer .+")));
        for (String paid : List.of(first, second)) {
            assertThat(provider.charge(paid).get("refunds")).as(paid).hasSize(1);
            assertThat(provider.charge(paid).get("amount_refunded").asLong()).isEqualTo(17397);
        }
        assertThat(provider.charge(cancelled).get("refunds")).isEmpty();
        assertThat(statements.ofTakedown(id)).extracting(StatementOfReasons::action)
                .containsExactlyInAnyOrder(SellerAction.LISTING_REMOVED, SellerAction.ACCOUNT_CLOSED);
        StatementOfReasons removal = statements.ofTakedown(id).stream()
                .filter(statement -> statement.action() == SellerAction.LISTING_REMOVED).findFirst().orElseThrow();
        assertThat(removal.explanation()).contains(ListingServiceStub.nameOf("b-acme"));

        Confirmations.takedown(id).then().statusCode(200)
                .body("listingId", org.hamcrest.Matchers.equalTo(listing))
                .body("sellerId", org.hamcrest.Matchers.equalTo(seller))
                .body("accountAction", org.hamcrest.Matchers.equalTo("CLOSED"))
                .body("inventory.units", org.hamcrest.Matchers.equalTo(40))
                .body("inventory.status", org.hamcrest.Matchers.equalTo("HELD"))
                .body("steps.name", org.hamcrest.Matchers.equalTo(List.of("REMOVE_LISTING", "HOLD_INVENTORY",
                        "REFUND_BUYERS", "APPLY_ACCOUNT_POLICY", "ISSUE_STATEMENTS")))
                .body("steps.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("DONE")))
                .body("steps.find { it.name == 'REFUND_BUYERS' }.attempts", org.hamcrest.Matchers.equalTo(0))
                .body("refunds.orderId", org.hamcrest.Matchers.containsInAnyOrder(first, second))
                .body("refunds[0].amount.amount", org.hamcrest.Matchers.equalTo("173.97"))
                .body("refunds[0].amount.currency", org.hamcrest.Matchers.equalTo("EUR"))
                .body("refunds.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("ISSUED")));

        Map<String, JsonNode> events = eventsOf(id, 5);
        assertThat(events).containsKeys("takedown.opened", "takedown.listing-removed", "takedown.inventory-held",
                "takedown.account-closed", "takedown.completed");
        JsonNode summary = events.get("takedown.completed");
        assertThat(summary.get("listingId").asText()).isEqualTo(listing);
        assertThat(summary.get("sellerId").asText()).isEqualTo(seller);
        assertThat(summary.get("brandIds").get(0).asText()).isEqualTo("b-acme");
        assertThat(summary.get("unitsHeld").asInt()).isEqualTo(40);
        assertThat(summary.get("refundsIssued").asInt()).isEqualTo(2);
        assertThat(summary.get("refunds").get(0).get("amount").get("amount").asText()).isEqualTo("347.94");
        assertThat(summary.get("refunds").get(0).get("amount").get("currency").asText()).isEqualTo("EUR");
        assertThat(summary.get("refunds").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(summary.get("refundsFailed").asInt()).isZero();
        assertThat(summary.get("accountAction").asText()).isEqualTo("CLOSED");
        assertThat(events.get("takedown.opened").get("automatedDetection").asBoolean()).isTrue();
        assertThat(events.get("takedown.opened").get("unitsListed").asInt()).isEqualTo(40);
    }

    @Test
    void aSecondConfirmationAndARedeliveredEventOpenNothingNew() {
        String listing = Confirmations.unique("l");
        String seller = Confirmations.unique("s");
        ListingCounterfeitConfirmed confirmed = Confirmations.of(listing, seller, List.of());
        String first = Confirmations.cloudEvent(confirmed);
        TestKafka.sendCloudEvents(Confirmations.TOPIC, Map.of(listing, first));
        String id = awaitOneTakedown(listing);

        TestKafka.sendCloudEvents(Confirmations.TOPIC, Map.of(listing, first));
        TestKafka.sendCloudEvents(Confirmations.TOPIC, Map.of(listing, Confirmations.cloudEvent(confirmed)));
        String marker = Confirmations.unique("l");
        TestKafka.sendCloudEvents(Confirmations.TOPIC,
                Map.of(marker, Confirmations.cloudEvent(Confirmations.of(marker, seller, List.of()))));
        awaitOneTakedown(marker);

        Confirmations.takedownsOf(listing).then().statusCode(200).body("$", hasSize(1))
                .body("[0].id", org.hamcrest.Matchers.equalTo(id));
        assertThat(TestKafka.during("takedowns.v1", r -> r.key().equals(id) && r.value().contains("takedown.opened"),
                Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void confirmationsThatArriveWhilePostgresIsDownAreAppliedOnceItIsBackAndNoneIsParked() throws Exception {
        Map<String, String> confirmations = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            String listing = Confirmations.unique("l") + "-outage-" + i;
            confirmations.put(listing, Confirmations.cloudEvent(
                    Confirmations.of(listing, Confirmations.unique("s"), List.of("b-acme"))));
        }
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            TestKafka.sendCloudEvents(Confirmations.TOPIC, confirmations);
            // down for far longer than a bounded retry would wait, every connection cut again and again
            Instant back = Instant.now().plusSeconds(8);
            while (Instant.now().isBefore(back)) {
                outage.terminateConnections();
                Thread.sleep(500);
            }
        }

        for (String listing : confirmations.keySet()) {
            awaitOneTakedown(listing);
        }
        assertThat(TestKafka.during(Topics.deadLetter(Confirmations.TOPIC),
                r -> confirmations.containsKey(r.key()), Duration.ofSeconds(3))).isEmpty();
    }

    private static String awaitOneTakedown(String listing) {
        Awaitility.await().atMost(WAIT).untilAsserted(() -> Confirmations.takedownsOf(listing).then().statusCode(200)
                .body("$", hasSize(1)));
        return Confirmations.takedownsOf(listing).then().extract().path("[0].id");
    }

    /** The takedown's events on takedowns.v1 by type, once {@code count} have been published. */
    private static Map<String, JsonNode> eventsOf(String id, int count) {
        List<ConsumerRecord<String, String>> records = TestKafka.await("takedowns.v1", r -> r.key().equals(id), count,
                WAIT);
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            var envelope = EventJson.read(record.value());
            byType.put(envelope.type(), envelope.data());
        }
        return byType;
    }
}
