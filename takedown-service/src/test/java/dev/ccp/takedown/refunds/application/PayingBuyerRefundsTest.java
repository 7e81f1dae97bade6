package dev.ccp.takedown.refunds.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.contracts.takedown.CustomerNotified;
import dev.ccp.contracts.takedown.RefundFailed;
import dev.ccp.contracts.takedown.RefundIssued;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import dev.ccp.devstack.test.TestTokens;
import dev.ccp.takedown.support.Charges;
import dev.ccp.takedown.support.Orders;
import dev.ccp.takedown.support.OutboxEvents;
import dev.ccp.takedown.support.PaymentProvider;
import dev.ccp.takedown.takedowns.application.BuyerRefunds;
import dev.ccp.takedown.takedowns.application.RefundLine;
import dev.ccp.takedown.takedowns.application.RefundLineStatus;
import dev.ccp.takedown.takedowns.application.RefundProgress;
import dev.ccp.takedown.takedowns.application.RefundRequest;
import dev.ccp.takedown.takedowns.application.RefundTotal;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A takedown's refunds against the real simulator process, with a provider that answers at once. */
@QuarkusTest
class PayingBuyerRefundsTest {
    private static PaymentSimulatorProcess provider;

    @Inject
    BuyerRefunds refunds;
    @Inject
    DataSource db;
    @Inject
    CrashAfterProviderAnswer crash;
    @Inject
    RefundBook book;

    @BeforeAll
    static void wellBehavedProvider() {
        provider = PaymentProvider.restart(UnaryOperator.identity());
    }

    @Test
    void everyPaidOrderOfTheListingIsRefundedOnceAndMarkedRefundedAndItsBuyerNotified() {
        String listing = Orders.unique("l");
        String paid = Orders.unique("o");
        String shipped = Orders.unique("o");
        String delivered = Orders.unique("o");
        String placed = Orders.unique("o");
        String cancelled = Orders.unique("o");
        String refunded = Orders.unique("o");
        String otherListing = Orders.unique("o");
        List<Map<String, Object>> orders = List.of(Orders.order(paid, listing, "PAID", "12.50", "EUR"),
                Orders.order(shipped, listing, "SHIPPED", "1000", "JPY"),
                Orders.order(delivered, listing, "DELIVERED", "173.97", "EUR"),
                Orders.order(placed, listing, "PLACED", "5.00", "EUR"),
                Orders.order(cancelled, listing, "CANCELLED", "7.00", "EUR"),
                Orders.order(refunded, listing, "REFUNDED", "8.00", "EUR"),
                Orders.order(otherListing, Orders.unique("l"), "PAID", "9.00", "EUR"));
        importAndCharge(orders);
        RefundRequest request = new RefundRequest(Orders.unique("t"), listing, "s-1");

        RefundProgress progress = refunds.advance(request);

        assertThat(progress.issued()).isEqualTo(3);
        assertThat(progress.pending()).isZero();
        assertThat(progress.failed()).isZero();
        assertThat(progress.settled()).isTrue();
        assertThat(progress.nextAttemptAt()).isNull();
        assertThat(progress.issuedTotals()).containsExactlyInAnyOrder(new RefundTotal("EUR", 1250 + 17397, 2),
                new RefundTotal("JPY", 1000, 1));
        assertThat(provider.charge(paid).get("amount_refunded").asLong()).isEqualTo(1250);
        assertThat(provider.charge(shipped).get("amount_refunded").asLong()).isEqualTo(1000);
        assertThat(provider.charge(delivered).get("amount_refunded").asLong()).isEqualTo(17397);
        for (String untouched : List.of(placed, cancelled, refunded, otherListing)) {
            assertThat(provider.charge(untouched).get("refunds")).as(untouched).isEmpty();
        }
        Orders.ofListing(listing).then().statusCode(200)
                .body("find { it.key == '" + paid + "' }.status", equalTo("REFUNDED"))
                .body("find { it.key == '" + shipped + "' }.status", equalTo("REFUNDED"))
                .body("find { it.key == '" + delivered + "' }.status", equalTo("REFUNDED"))
                .body("find { it.key == '" + placed + "' }.status", equalTo("PLACED"))
                .body("find { it.key == '" + cancelled + "' }.status", equalTo("CANCELLED"));
        given().header("Authorization", TestTokens.bearer("investigator")).get("/api/v1/orders?listingId="
                + orders.get(6).get("listingId")).then().body("status", equalTo(List.of("PAID")));

        List<JsonNode> issued = OutboxEvents.of(db, request.takedownId(), RefundIssued.TYPE);
        List<JsonNode> notified = OutboxEvents.of(db, request.takedownId(), CustomerNotified.TYPE);
        assertThat(issued).extracting(e -> e.get("orderId").asText()).containsExactlyInAnyOrder(paid, shipped, delivered);
        assertThat(notified).extracting(e -> e.get("orderId").asText()).containsExactlyInAnyOrder(paid, shipped, delivered);
        JsonNode toPaid = notified.stream().filter(e -> e.get("orderId").asText().equals(paid)).findFirst().orElseThrow();
        assertThat(toPaid.get("customerId").asText()).isEqualTo("cust-" + paid);
        assertThat(toPaid.get("amount").get("amount").asText()).isEqualTo("12.50");
        assertThat(toPaid.get("amount").get("currency").asText()).isEqualTo("EUR");
        assertThat(toPaid.get("providerRefundId").asText())
                .isEqualTo(provider.charge(paid).get("refunds").get(0).get("id").asText());
        assertThat(toPaid.get("reason").asText()).contains("counterfeit");

        assertThat(refunds.refundsOf(request.takedownId())).extracting(RefundLine::orderId, RefundLine::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(paid, RefundLineStatus.ISSUED),
                        org.assertj.core.groups.Tuple.tuple(shipped, RefundLineStatus.ISSUED),
                        org.assertj.core.groups.Tuple.tuple(delivered, RefundLineStatus.ISSUED));
    }

    @Test
    void advancingAgainAndAgainNeverRefundsAnOrderTwice() {
        String listing = Orders.unique("l");
        List<Map<String, Object>> orders = List.of(Orders.order(Orders.unique("o"), listing, "PAID", "20.00", "EUR"),
                Orders.order(Orders.unique("o"), listing, "DELIVERED", "30.00", "EUR"));
        importAndCharge(orders);
        RefundRequest request = new RefundRequest(Orders.unique("t"), listing, "s-1");

        for (int i = 0; i < 5; i++) {
            assertThat(refunds.advance(request).issued()).isEqualTo(2);
        }
        // the same confirmation handled by another takedown of the listing finds nothing left to refund
        assertThat(refunds.advance(new RefundRequest(Orders.unique("t"), listing, "s-1")).issued()).isZero();

        for (Map<String, Object> order : orders) {
            assertThat(provider.charge((String) order.get("key")).get("refunds")).hasSize(1);
        }
        assertThat(OutboxEvents.of(db, request.takedownId(), RefundIssued.TYPE)).hasSize(2);
    }

    @Test
    void aCrashBetweenTheProvidersAnswerAndTheLocalRecordIsSettledUnderTheSameKeyWithoutASecondRefund() {
        OneOrder bought = oneOrder(Orders.unique("o"), "PAID", "44.00");
        crash.armFor(bought.order());
        long replaysBefore = provider.stats().get("replays").asLong();

        assertThatThrownBy(() -> refunds.advance(bought.request()))
                .isInstanceOf(CrashAfterProviderAnswer.SimulatedCrash.class);
        assertThat(provider.charge(bought.order()).get("amount_refunded").asLong()).isEqualTo(4400);
        assertThat(refunds.refundsOf(bought.request().takedownId())).singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo(RefundLineStatus.PENDING));
        Orders.ofListing(bought.listing()).then().body("status", equalTo(List.of("PAID")));

        // a fresh runner takes the refund over once the crashed one's lease ends, and asks under the same key
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> refunds.advance(bought.request()).issued() == 1);

        assertThat(provider.charge(bought.order()).get("refunds")).hasSize(1);
        assertThat(provider.stats().get("replays").asLong()).isEqualTo(replaysBefore + 1);
        Orders.ofListing(bought.listing()).then().body("status", equalTo(List.of("REFUNDED")));
        assertThat(OutboxEvents.of(db, bought.request().takedownId(), RefundIssued.TYPE)).hasSize(1);
        assertThat(OutboxEvents.of(db, bought.request().takedownId(), CustomerNotified.TYPE)).hasSize(1);
    }

    @Test
    void aDeclineFailsTheRefundIsRetriedByPolicyAndThenWaitsForStaff() {
        // the simulator declines every refund of a charge whose id starts with decline_
        OneOrder bought = oneOrder("decline_" + Orders.unique("o"), "PAID", "19.99");

        RefundProgress first = refunds.advance(bought.request());
        assertThat(first.pending()).as("a retry is scheduled").isEqualTo(1);
        assertThat(first.nextAttemptAt()).isNotNull();
        RefundLine line = refunds.refundsOf(bought.request().takedownId()).get(0);
        assertThat(line.status()).isEqualTo(RefundLineStatus.FAILED);
        assertThat(line.lastError()).contains("expired_or_canceled_card");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(150))
                .until(() -> refunds.advance(bought.request()).failed() == 1);

        RefundProgress spent = refunds.advance(bought.request());
        assertThat(spent.settled()).isTrue();
        assertThat(spent.issued()).isZero();
        List<JsonNode> failures = OutboxEvents.of(db, bought.request().takedownId(), RefundFailed.TYPE);
        assertThat(failures).hasSize(3); // takedown.refunds.declines.max-attempts
        assertThat(failures.get(0).get("retryAt").isNull()).isFalse();
        assertThat(failures.get(2).get("retryAt").isNull()).isTrue();
        assertThat(failures.get(2).get("reason").asText()).contains("expired_or_canceled_card");
        assertThat(provider.charge(bought.order()).get("refunds")).hasSize(3)
                .allSatisfy(refund -> assertThat(refund.get("status").asText()).isEqualTo("declined"));
        assertThat(provider.charge(bought.order()).get("amount_refunded").asLong()).isZero();
        Orders.ofListing(bought.listing()).then().body("status", equalTo(List.of("PAID")));

        String refundId = failures.get(0).get("refundId").asText();
        given().header("Authorization", TestTokens.bearer("moderator"))
                .queryParam("status", "FAILED").queryParam("takedownId", bought.request().takedownId())
                .get("/api/v1/refunds").then().statusCode(200).body("$", hasSize(1))
                .body("[0].id", equalTo(refundId)).body("[0].orderId", equalTo(bought.order()))
                .body("[0].amount.amount", equalTo("19.99")).body("[0].failureReason",
                        containsString("expired_or_canceled_card"));

        given().header("Authorization", TestTokens.bearer("investigator")).post("/api/v1/refunds/" + refundId + "/retry")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("trust-admin")).post("/api/v1/refunds/" + refundId + "/retry")
                .then().statusCode(200).body("status", equalTo("FAILED")).body("attempts", equalTo(4));
        assertThat(provider.charge(bought.order()).get("refunds")).hasSize(4);
        assertThat(OutboxEvents.of(db, bought.request().takedownId(), RefundFailed.TYPE)).hasSize(4);
    }

    @Test
    void staffRetryPaysARefundTheProviderRefusedOnceItKnowsTheCharge() {
        String listing = Orders.unique("l");
        String order = Orders.unique("o");
        Orders.importing(List.of(Orders.order(order, listing, "SHIPPED", "55.10", "EUR"))).then().statusCode(200);
        RefundRequest request = new RefundRequest(Orders.unique("t"), listing, "s-1");
        // the marketplace has not told the provider about the charge yet: refused, then the policy runs out
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(150))
                .until(() -> refunds.advance(request).failed() == 1);
        assertThat(refunds.refundsOf(request.takedownId()).get(0).lastError()).contains("404");
        String refundId = OutboxEvents.of(db, request.takedownId(), RefundFailed.TYPE).get(0).get("refundId").asText();

        provider.seedCharge(order, 5510, "EUR");
        given().header("Authorization", TestTokens.bearer("trust-admin")).post("/api/v1/refunds/" + refundId + "/retry")
                .then().statusCode(200).body("status", equalTo("ISSUED")).body("lastError", equalTo(null));

        assertThat(provider.charge(order).get("amount_refunded").asLong()).isEqualTo(5510);
        assertThat(refunds.advance(request).issued()).isEqualTo(1);
        Orders.ofListing(listing).then().body("status", equalTo(List.of("REFUNDED")));
        assertThat(OutboxEvents.of(db, request.takedownId(), CustomerNotified.TYPE)).hasSize(1);
        given().header("Authorization", TestTokens.bearer("trust-admin")).post("/api/v1/refunds/" + refundId + "/retry")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRefundNotYetSentIsWithdrawnWhenTheMarketplaceCancelsTheOrderMeanwhile() {
        OneOrder bought = oneOrder(Orders.unique("o"), "PAID", "21.00");
        assertThat(book.open(bought.request())).isEqualTo(1); // opened, and the runner stops before asking the provider
        Orders.importing(List.of(Orders.order(bought.order(), bought.listing(), "CANCELLED", "21.00", "EUR"))).then().statusCode(200);

        RefundProgress progress = refunds.advance(bought.request());

        assertThat(progress.issued() + progress.pending() + progress.failed()).isZero();
        assertThat(refunds.refundsOf(bought.request().takedownId())).isEmpty();
        assertThat(provider.charge(bought.order()).get("refunds")).isEmpty();
        Orders.ofListing(bought.listing()).then().body("status", equalTo(List.of("CANCELLED")));
    }

    @Test
    void refundsAreCountedInTheMetrics() {
        RefundRequest request = oneOrder(Orders.unique("o"), "PAID", "3.00").request();
        double before = issuedCount();

        refunds.advance(request);

        assertThat(issuedCount()).isEqualTo(before + 1);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("takedown_refunds_pending ", "takedown_refunds_failed_total",
                "takedown_refunds_provider_calls_seconds_count{outcome=\"issued\"");
    }

    private static double issuedCount() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("takedown_refunds_issued_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElse(0);
    }

    @Test
    void staffQueriesAreCheckedAndUnknownRefundsAreNotFound() {
        given().get("/api/v1/refunds").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("investigator")).queryParam("status", "LOST")
                .get("/api/v1/refunds").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().header("Authorization", TestTokens.bearer("marketplace")).queryParam("page", 0).queryParam("size", 5)
                .queryParam("takedownId", Orders.unique("t")).get("/api/v1/refunds").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));
        given().header("Authorization", TestTokens.bearer("trust-admin"))
                .post("/api/v1/refunds/" + UUID.randomUUID() + "/retry").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("trust-admin")).post("/api/v1/refunds/not-an-id/retry")
                .then().statusCode(404);
    }

    private static void importAndCharge(List<Map<String, Object>> orders) {
        Charges.importAndCharge(provider, orders);
    }

    /** One order of a listing of its own, charged at the provider, and the takedown that refunds it. */
    private record OneOrder(String listing, String order, RefundRequest request) {
    }

    private static OneOrder oneOrder(String orderId, String status, String amount) {
        String listing = Orders.unique("l");
        importAndCharge(List.of(Orders.order(orderId, listing, status, amount, "EUR")));
        return new OneOrder(listing, orderId, new RefundRequest(Orders.unique("t"), listing, "s-1"));
    }
}
