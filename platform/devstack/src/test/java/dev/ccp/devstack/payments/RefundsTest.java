package dev.ccp.devstack.payments;

import static dev.ccp.devstack.payments.SimulatorClient.refundOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.devstack.payments.SimulatorClient.Reply;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator's charges and refunds against its real process: a provider that never misbehaves. */
class RefundsTest {
    private static PaymentSimulatorProcess simulator;
    private static SimulatorClient client;

    @BeforeAll
    static void start() {
        simulator = PaymentSimulatorProcess.builder().start();
        client = new SimulatorClient(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void refusesCallsWithoutTheSecretKey() throws Exception {
        String charge = seeded(1000);
        Reply missing = client.post("/v1/refunds", refundOf(charge, 100, "EUR"), null, key());
        Reply wrong = client.post("/v1/refunds", refundOf(charge, 100, "EUR"), "Bearer sk_test_not_the_key", key());
        Reply stats = client.get("/v1/_stats", "Bearer sk_test_not_the_key");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body().get("code").asText()).isEqualTo("missing_api_key");
        assertThat(missing.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().get("code").asText()).isEqualTo("invalid_api_key");
        assertThat(stats.status()).isEqualTo(401);
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isZero();
    }

    @Test
    void recordsAChargeOnceByItsId() throws Exception {
        String id = "o-" + UUID.randomUUID();
        Map<String, Object> charge = Map.of("id", id, "amount", 17397, "currency", "EUR");
        Reply first = client.post("/v1/charges", charge, "Bearer " + simulator.secretKey(), null);
        Reply again = client.post("/v1/charges", charge, "Bearer " + simulator.secretKey(), null);
        Reply other = client.post("/v1/charges", Map.of("id", id, "amount", 100, "currency", "EUR"),
                "Bearer " + simulator.secretKey(), null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("amount").asLong()).isEqualTo(17397);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.replayed()).isTrue();
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body().get("code").asText()).isEqualTo("charge_conflict");
        assertThat(simulator.charge(id).get("amount").asLong()).isEqualTo(17397);
    }

    @Test
    void refundsPartOfAChargeAndShowsItOnTheCharge() throws Exception {
        String charge = seeded(17397);
        Reply refund = client.refund(key(), refundOf(charge, 5799, "EUR"));

        assertThat(refund.status()).isEqualTo(200);
        assertThat(refund.replayed()).isFalse();
        assertThat(refund.body().get("id").asText()).startsWith("re_");
        assertThat(refund.body().get("status").asText()).isEqualTo("succeeded");
        assertThat(refund.body().get("metadata").get("takedown").asText()).isEqualTo("t-1");
        Reply fetched = client.get("/v1/refunds/" + refund.body().get("id").asText());
        assertThat(fetched.body()).isEqualTo(refund.body());
        var view = simulator.charge(charge);
        assertThat(view.get("amount_refunded").asLong()).isEqualTo(5799);
        assertThat(view.get("refunded").asBoolean()).isFalse();
        assertThat(view.get("refunds").get(0).get("id")).isEqualTo(refund.body().get("id"));
    }

    @Test
    void replaysTheFirstAnswerForTheSameKeyAndRefundsOnce() throws Exception {
        String charge = seeded(2637);
        String key = key();
        long refundsBefore = simulator.stats().get("refunds_succeeded").asLong();
        Reply first = client.refund(key, refundOf(charge, 2637, "EUR"));
        Reply retry = client.refund(key, refundOf(charge, 2637, "EUR"));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(simulator.stats().get("refunds_succeeded").asLong()).isEqualTo(refundsBefore + 1);
        assertThat(simulator.charge(charge).get("refunds")).hasSize(1);
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isEqualTo(2637);
    }

    @Test
    void refusesTheSameKeyWithOtherParameters() throws Exception {
        String charge = seeded(5000);
        String key = key();
        client.refund(key, refundOf(charge, 1000, "EUR"));
        Map<String, Object> otherMetadata = new HashMap<>(refundOf(charge, 1000, "EUR"));
        otherMetadata.put("metadata", Map.of("takedown", "t-2"));
        Reply otherAmount = client.refund(key, refundOf(charge, 2000, "EUR"));
        Reply otherDetail = client.refund(key, otherMetadata);

        assertThat(otherAmount.status()).isEqualTo(422);
        assertThat(otherAmount.body().get("code").asText()).isEqualTo("idempotency_key_reuse");
        assertThat(otherDetail.status()).isEqualTo(422);
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isEqualTo(1000);
    }

    @Test
    void refusesARefundAboveTheUnrefundedRemainder() throws Exception {
        String charge = seeded(1000);
        assertThat(client.refund(key(), refundOf(charge, 600, "EUR")).status()).isEqualTo(200);
        Reply tooMuch = client.refund(key(), refundOf(charge, 401, "EUR"));
        Reply rest = client.refund(key(), refundOf(charge, 400, "EUR"));

        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body().get("code").asText()).isEqualTo("amount_exceeds_remaining");
        assertThat(tooMuch.body().get("errors").get(0).get("field").asText()).isEqualTo("amount");
        assertThat(rest.status()).isEqualTo(200);
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isEqualTo(1000);
        assertThat(simulator.charge(charge).get("refunded").asBoolean()).isTrue();
    }

    @Test
    void refusesACurrencyOtherThanTheCharges() throws Exception {
        String charge = seeded(1000);
        Reply usd = client.refund(key(), refundOf(charge, 100, "USD"));

        assertThat(usd.status()).isEqualTo(422);
        assertThat(usd.body().get("code").asText()).isEqualTo("currency_mismatch");
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isZero();
    }

    @Test
    void takesAmountsOnlyAsIntegersOfMinorUnitsInAnIsoCurrency() throws Exception {
        String charge = seeded(1000);
        for (Object amount : new Object[] {12.5, "1250", 0, -5}) {
            Map<String, Object> body = new HashMap<>(refundOf(charge, 1, "EUR"));
            body.put("amount", amount);
            Reply reply = client.refund(key(), body);
            assertThat(reply.status()).as("amount %s", amount).isEqualTo(400);
            assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("amount");
        }
        for (String currency : new String[] {"eur", "EURO", "ZZZ", "XAU"}) {
            Reply reply = client.refund(key(), refundOf(charge, 100, currency));
            assertThat(reply.status()).as("currency %s", currency).isEqualTo(400);
            assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("currency");
        }
        Reply typo = client.refund(key(), Map.of("charge", charge, "ammount", 100, "currency", "EUR"));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.body().get("errors").get(0).get("field").asText()).isEqualTo("ammount");
        assertThat(client.post("/v1/refunds", "{\"charge\": ", "Bearer " + simulator.secretKey(), key()).status())
                .isEqualTo(400);
        assertThat(simulator.charge(charge).get("refunds")).isEmpty();
    }

    @Test
    void requiresAnIdempotencyKeyToRefund() throws Exception {
        String charge = seeded(1000);
        Reply reply = client.refund(null, refundOf(charge, 100, "EUR"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("code").asText()).isEqualTo("idempotency_key_missing");
        assertThat(simulator.charge(charge).get("refunds")).isEmpty();
    }

    @Test
    void declinesEveryRefundOfADeclineCharge() throws Exception {
        String charge = "decline_" + UUID.randomUUID();
        simulator.seedCharge(charge, 1000, "EUR");
        String key = key();
        long declinesBefore = simulator.stats().get("refunds_declined").asLong();
        Reply declined = client.refund(key, refundOf(charge, 1000, "EUR"));
        Reply again = client.refund(key, refundOf(charge, 1000, "EUR"));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.body().get("status").asText()).isEqualTo("declined");
        assertThat(declined.body().get("failure_reason").asText()).isEqualTo("expired_or_canceled_card");
        assertThat(again.replayed()).isTrue();
        assertThat(again.body().get("id")).isEqualTo(declined.body().get("id"));
        assertThat(simulator.stats().get("refunds_declined").asLong()).isEqualTo(declinesBefore + 1);
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isZero();
    }

    @Test
    void looksARefundUpByItsIdempotencyKey() throws Exception {
        String charge = seeded(1000);
        String key = key();
        Reply refund = client.refund(key, refundOf(charge, 300, "EUR"));
        Reply found = client.get("/v1/refunds?idempotency_key=" + key);
        Reply none = client.get("/v1/refunds?idempotency_key=" + key());
        Reply ofCharge = client.get("/v1/refunds?charge=" + charge);

        assertThat(found.body().get("data")).hasSize(1);
        assertThat(found.body().get("data").get(0)).isEqualTo(refund.body());
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.body().get("data")).isEmpty();
        assertThat(ofCharge.body().get("data").get(0).get("id")).isEqualTo(refund.body().get("id"));
    }

    @Test
    void leavesTheKeyFreeWhenTheChargeIsUnknown() throws Exception {
        String charge = "o-" + UUID.randomUUID();
        String key = key();
        Reply unknown = client.refund(key, refundOf(charge, 100, "EUR"));
        simulator.seedCharge(charge, 1000, "EUR");
        Reply afterSeeding = client.refund(key, refundOf(charge, 100, "EUR"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("code").asText()).isEqualTo("resource_missing");
        assertThat(afterSeeding.status()).isEqualTo(200);
        assertThat(afterSeeding.replayed()).isFalse();
        assertThat(client.get("/v1/refunds/re_unknown").status()).isEqualTo(404);
    }

    private static String seeded(long amount) {
        String id = "o-" + UUID.randomUUID();
        simulator.seedCharge(id, amount, "EUR");
        return id;
    }

    private static String key() {
        return "refund-" + UUID.randomUUID();
    }
}
