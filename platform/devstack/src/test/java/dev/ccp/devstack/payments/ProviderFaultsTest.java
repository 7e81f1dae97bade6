package dev.ccp.devstack.payments;

import static dev.ccp.devstack.payments.SimulatorClient.refundOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.devstack.payments.SimulatorClient.Reply;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A provider that fails, answers late or declines, as chosen at its start. */
class ProviderFaultsTest {

    @Test
    void answersTransientServerErrorsWithoutRefunding() throws Exception {
        try (var simulator = PaymentSimulatorProcess.builder().failureRate(1.0).seed(7).start()) {
            SimulatorClient client = new SimulatorClient(simulator);
            String charge = "o-" + UUID.randomUUID();
            simulator.seedCharge(charge, 1000, "EUR");
            String key = "refund-" + UUID.randomUUID();
            Set<Integer> statuses = new HashSet<>();
            Set<String> contentTypes = new HashSet<>();
            for (int i = 0; i < 12; i++) {
                Reply reply = client.refund(key, refundOf(charge, 1000, "EUR"));
                statuses.add(reply.status());
                contentTypes.add(reply.header("Content-Type").orElse(""));
            }

            assertThat(statuses).allMatch(status -> status >= 500).contains(500, 502, 503);
            assertThat(contentTypes).anyMatch(type -> type.startsWith("text/html"));
            assertThat(simulator.stats().get("server_errors").asLong()).isEqualTo(12);
            assertThat(simulator.stats().get("refunds_succeeded").asLong()).isZero();
            assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isZero();
            assertThat(client.get("/v1/refunds?idempotency_key=" + key).body().get("data")).isEmpty();
        }
    }

    @Test
    void makesTheRefundButAnswersPastTheCallersTimeout() throws Exception {
        try (var simulator = PaymentSimulatorProcess.builder().timeouts(1.0, Duration.ofSeconds(3)).start()) {
            SimulatorClient impatient = new SimulatorClient(simulator, Duration.ofMillis(500));
            SimulatorClient client = new SimulatorClient(simulator);
            String charge = "o-" + UUID.randomUUID();
            simulator.seedCharge(charge, 1000, "EUR");
            String key = "refund-" + UUID.randomUUID();

            assertThatThrownBy(() -> impatient.refund(key, refundOf(charge, 1000, "EUR")))
                    .isInstanceOf(HttpTimeoutException.class);
            Reply found = client.get("/v1/refunds?idempotency_key=" + key);
            long started = System.nanoTime();
            Reply retried = client.refund(key, refundOf(charge, 1000, "EUR"));

            assertThat(found.body().get("data")).hasSize(1);
            assertThat(retried.replayed()).isTrue();
            assertThat(retried.body().get("id")).isEqualTo(found.body().get("data").get(0).get("id"));
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
            assertThat(simulator.stats().get("refunds_succeeded").asLong()).isEqualTo(1);
            assertThat(simulator.stats().get("delayed_answers").asLong()).isEqualTo(1);
            assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isEqualTo(1000);
        }
    }

    @Test
    void declinesAtTheConfiguredRateWithAReason() throws Exception {
        try (var simulator = PaymentSimulatorProcess.builder().declineRate(1.0).start()) {
            SimulatorClient client = new SimulatorClient(simulator);
            String charge = "o-" + UUID.randomUUID();
            simulator.seedCharge(charge, 1000, "EUR");

            Reply refund = client.refund("refund-" + UUID.randomUUID(), refundOf(charge, 500, "EUR"));

            assertThat(refund.body().get("status").asText()).isEqualTo("declined");
            assertThat(refund.body().get("failure_reason").asText())
                    .isIn("expired_or_canceled_card", "lost_or_stolen_card", "declined");
            assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isZero();
            assertThat(simulator.stats().get("refunds_declined").asLong()).isEqualTo(1);
        }
    }
}
