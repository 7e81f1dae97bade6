package dev.ccp.devstack.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.devstack.test.PaymentSimulatorProcess;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** A test can swap the simulator for one that misbehaves otherwise, at the address its service was given. */
class RestartOnSamePortTest {

    @Test
    void aRestartedSimulatorAnswersAtTheSameAddressWithTheSameKeyAndForgetsItsCharges() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String key = PaymentSimulatorProcess.randomKey();
        try (var first = PaymentSimulatorProcess.builder().port(port).secretKey(key).start()) {
            first.seedCharge("o-restart", 1000, "EUR");
            // a call over a kept-alive connection, so the restart below has a socket of the old process to outlive
            assertThat(first.charge("o-restart").get("amount").asLong()).isEqualTo(1000);
            assertThat(first.pid()).isPositive();
        }
        try (var second = PaymentSimulatorProcess.builder().port(port).secretKey(key).failureRate(1).start()) {
            assertThat(second.port()).isEqualTo(port);
            assertThat(second.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(second.secretKey()).isEqualTo(key);
            assertThat(second.stats().get("charges_recorded").asLong()).isZero();
        }
    }
}
