package dev.ccp.devstack.payments;

import static dev.ccp.devstack.payments.SimulatorClient.refundOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.devstack.payments.SimulatorClient.Reply;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many callers at once, against a provider that takes its time: 1 s plus up to 100 ms a call (wide enough that callers started together overlap even on a starved machine). */
class ConcurrentRefundsTest {
    private static final int CALLERS = 8;
    private static PaymentSimulatorProcess simulator;
    private static SimulatorClient client;
    private static ExecutorService callers;

    @BeforeAll
    static void start() {
        simulator = PaymentSimulatorProcess.builder().latency(Duration.ofMillis(1_000), Duration.ofMillis(100)).start();
        client = new SimulatorClient(simulator);
        callers = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterAll
    static void stop() {
        callers.shutdownNow();
        simulator.close();
    }

    @Test
    void makesOneRefundWhenCallersShareAKey() throws Exception {
        String charge = seeded(1000);
        String key = "refund-" + UUID.randomUUID();
        long before = simulator.stats().get("refunds_succeeded").asLong();

        List<Reply> replies = all(() -> client.refund(key, refundOf(charge, 700, "EUR")));

        List<Reply> made = replies.stream().filter(r -> r.status() == 200 && !r.replayed()).toList();
        assertThat(made).hasSize(1);
        String refundId = made.get(0).body().get("id").asText();
        assertThat(replies).allSatisfy(reply -> {
            if (reply.status() == 200) {
                assertThat(reply.body().get("id").asText()).isEqualTo(refundId);
            } else {
                assertThat(reply.status()).isEqualTo(409);
                assertThat(reply.body().get("code").asText()).isEqualTo("idempotency_key_in_use");
            }
        });
        assertThat(replies).anyMatch(reply -> reply.status() == 409);
        assertThat(simulator.stats().get("refunds_succeeded").asLong()).isEqualTo(before + 1);
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isEqualTo(700);
    }

    @Test
    void neverRefundsMoreThanTheChargeUnderConcurrentKeys() throws Exception {
        String charge = seeded(1000);

        List<Reply> replies = all(() -> client.refund("refund-" + UUID.randomUUID(), refundOf(charge, 300, "EUR")));

        assertThat(replies.stream().filter(r -> r.status() == 200)).hasSize(3);
        assertThat(replies.stream().filter(r -> r.status() == 422)).hasSize(CALLERS - 3)
                .allMatch(r -> r.body().get("code").asText().equals("amount_exceeds_remaining"));
        assertThat(simulator.charge(charge).get("amount_refunded").asLong()).isEqualTo(900);
    }

    @Test
    void takesAboutTheConfiguredLatency() throws Exception {
        String charge = seeded(1000);
        long started = System.nanoTime();
        Reply refund = client.refund("refund-" + UUID.randomUUID(), refundOf(charge, 100, "EUR"));
        long refundMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        client.get("/v1/refunds/" + refund.body().get("id").asText());
        long lookupMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(refund.status()).isEqualTo(200);
        assertThat(refundMillis).isBetween(1_000L, 6_000L);
        assertThat(lookupMillis).isBetween(1_000L, 6_000L);
    }

    /** Starts every caller at the same moment and collects what each got back. */
    private static List<Reply> all(Callable<Reply> call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            futures.add(callers.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> future : futures) {
            replies.add(future.get());
        }
        return replies;
    }

    private static String seeded(long amount) {
        String id = "o-" + UUID.randomUUID();
        simulator.seedCharge(id, amount, "EUR");
        return id;
    }
}
