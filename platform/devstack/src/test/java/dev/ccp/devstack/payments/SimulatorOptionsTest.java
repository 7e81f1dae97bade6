package dev.ccp.devstack.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {
    private static final Map<String, String> KEY = Map.of("PAYMENT_SIMULATOR_SECRET_KEY", "sk_test_0123456789abcdef");

    @Test
    void defaultsToTheFixedPortAndARealisticLatency() {
        SimulatorOptions options = SimulatorOptions.parse(List.of(), KEY);

        assertThat(options.port()).isEqualTo(8090);
        assertThat(options.behaviour().latencyMs()).isEqualTo(50);
        assertThat(options.behaviour().failureRate()).isZero();
    }

    @Test
    void takesTheCommandLineOverTheEnvironment() {
        Map<String, String> env = Map.of("PAYMENT_SIMULATOR_SECRET_KEY", "sk_test_0123456789abcdef",
                "PAYMENT_SIMULATOR_FAILURE_RATE", "0.5", "PAYMENT_SIMULATOR_LATENCY_MS", "10");

        SimulatorOptions options = SimulatorOptions.parse(List.of("--latency-ms", "200", "--seed=3"), env);

        assertThat(options.behaviour().latencyMs()).isEqualTo(200);
        assertThat(options.behaviour().failureRate()).isEqualTo(0.5);
        assertThat(options.behaviour().seed()).isEqualTo(3);
    }

    @Test
    void refusesRatesOutsideZeroToOneAndUnknownOptions() {
        assertThatThrownBy(() -> SimulatorOptions.parse(List.of("--decline-rate", "1.5"), KEY))
                .hasMessageContaining("decline-rate");
        assertThatThrownBy(() -> SimulatorOptions.parse(List.of("--latency", "5"), KEY))
                .hasMessageContaining("unknown option --latency");
    }

    @Test
    void needsASecretKey() {
        assertThatThrownBy(() -> SimulatorOptions.parse(List.of(), Map.of())).hasMessageContaining("secret key");
    }

    @Test
    void roundTripsThroughItsArguments() {
        SimulatorOptions options = SimulatorOptions.parse(List.of("--port", "0", "--timeout-rate", "0.25",
                "--seed", "9"), KEY);

        assertThat(SimulatorOptions.parse(options.arguments(), KEY)).isEqualTo(options);
    }
}
