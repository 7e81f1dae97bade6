package dev.ccp.takedown.refunds.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.contracts.takedown.RefundIssued;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import dev.ccp.takedown.support.Charges;
import dev.ccp.takedown.support.Orders;
import dev.ccp.takedown.support.OutboxEvents;
import dev.ccp.takedown.support.PaymentProvider;
import dev.ccp.takedown.takedowns.application.BuyerRefunds;
import dev.ccp.takedown.takedowns.application.RefundProgress;
import dev.ccp.takedown.takedowns.application.RefundRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Refunds against a provider that fails, answers late or is slow, and two replicas advancing one takedown at once:
 * every order refunded exactly once, as the simulator's own ledger confirms. The service's read timeout is 1.5 s.
 */
@QuarkusTest
class UnreliableProviderRefundsTest {
    @Inject
    BuyerRefunds refunds;
    @Inject
    DataSource db;

    @AfterAll
    static void wellBehavedProviderForTheOthers() {
        PaymentProvider.restart(UnaryOperator.identity());
    }

    @Test
    void serverErrorsAreRetriedUntilEachOrderIsRefundedOnce() {
        PaymentSimulatorProcess provider = PaymentProvider.restart(b -> b.failureRate(0.5).seed(11));
        Fixture fixture = fixture(provider, 10);

        RefundProgress done = settle(fixture.request());

        assertThat(done.issued()).isEqualTo(10);
        assertRefundedOnce(provider, fixture);
        assertThat(provider.stats().get("server_errors").asLong()).isPositive();
        assertThat(provider.stats().get("refunds_succeeded").asLong()).isEqualTo(10);
    }

    @Test
    void anAnswerLaterThanTheReadTimeoutIsSettledByAskingAgainUnderTheSameKey() {
        // every refund is made, but its answer comes 3 s later: past the read timeout, an unknown outcome
        PaymentSimulatorProcess provider = PaymentProvider.restart(b -> b.timeouts(1.0, Duration.ofSeconds(3)));
        Fixture fixture = fixture(provider, 4);

        RefundProgress first = refunds.advance(fixture.request());
        assertThat(first.issued()).isZero();
        assertThat(first.pending()).isEqualTo(4);
        assertThat(refunds.refundsOf(fixture.request().takedownId()))
                .allSatisfy(line -> assertThat(line.lastError()).contains("no answer"));

        assertThat(settle(fixture.request()).issued()).isEqualTo(4);
        assertRefundedOnce(provider, fixture);
        assertThat(provider.stats().get("refunds_succeeded").asLong()).isEqualTo(4);
        assertThat(provider.stats().get("replays").asLong()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aProviderSlowerThanTheReadTimeoutIsAskedAgainAndPaysOnce() {
        // the provider holds each new refund 2.5 s before making it: the key is in use meanwhile (409, transient)
        PaymentSimulatorProcess provider = PaymentProvider.restart(b -> b.latency(Duration.ofMillis(2500), Duration.ZERO));
        Fixture fixture = fixture(provider, 3);

        assertThat(settle(fixture.request()).issued()).isEqualTo(3);

        assertRefundedOnce(provider, fixture);
        assertThat(provider.stats().get("refunds_succeeded").asLong()).isEqualTo(3);
    }

    @Test
    void twoReplicasAdvancingTheSameTakedownAtOnceRefundEachOrderOnce() throws Exception {
        PaymentSimulatorProcess provider = PaymentProvider.restart(b -> b.latency(Duration.ofMillis(100),
                Duration.ofMillis(100)).failureRate(0.2).seed(5));
        Fixture fixture = fixture(provider, 24);
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> replicas = new ArrayList<>();
        for (int replica = 0; replica < 2; replica++) {
            replicas.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                for (int round = 0; round < 4; round++) {
                    refunds.advance(fixture.request());
                }
            }));
        }
        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).get();

        assertThat(settle(fixture.request()).issued()).isEqualTo(24);
        assertRefundedOnce(provider, fixture);
        assertThat(provider.stats().get("refunds_succeeded").asLong()).isEqualTo(24);
        assertThat(OutboxEvents.of(db, fixture.request().takedownId(), RefundIssued.TYPE)).hasSize(24);
    }

    private record Fixture(RefundRequest request, List<Map<String, Object>> orders) {
    }

    private static Fixture fixture(PaymentSimulatorProcess provider, int orders) {
        String listing = Orders.unique("l");
        List<Map<String, Object>> paid = Charges.paidOrders(listing, orders);
        Charges.importAndCharge(provider, paid);
        return new Fixture(new RefundRequest(Orders.unique("t"), listing, "s-1"), paid);
    }

    /** Advances as the step runner would, at the progress' next attempt, until nothing is pending. */
    private RefundProgress settle(RefundRequest request) {
        RefundProgress[] last = new RefundProgress[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> (last[0] = refunds.advance(request)).settled());
        return last[0];
    }

    private static void assertRefundedOnce(PaymentSimulatorProcess provider, Fixture fixture) {
        for (Map<String, Object> order : fixture.orders()) {
            JsonNode charge = provider.charge((String) order.get("key"));
            assertThat(charge.get("refunds")).as("refunds of %s", order.get("key")).hasSize(1);
            assertThat(charge.get("refunded").asBoolean()).isTrue();
        }
    }
}
