package dev.ccp.takedown.support;

import dev.ccp.devstack.test.PaymentSimulatorProcess;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The payment provider the service talks to in tests: the real simulator process, on a port and with a key chosen
 * once per run and given to the service as takedown.refunds.provider.*. A test class that needs the provider to
 * misbehave otherwise restarts it at that address with {@link #restart}; its charges are then forgotten.
 * Port, key and the running child's pid travel in system properties, as the test resource and the tests may see
 * this class through different class loaders.
 */
public class PaymentProvider implements QuarkusTestResourceLifecycleManager {
    private static final String PORT = "devstack.test.provider.port";
    private static final String KEY = "devstack.test.provider.key";
    private static final String PID = "devstack.test.provider.pid";

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = PaymentSimulatorProcess.randomKey();
        System.setProperty(PORT, Integer.toString(port));
        System.setProperty(KEY, key);
        restart(UnaryOperator.identity());
        return Map.of("takedown.refunds.provider.url", "http://127.0.0.1:" + port,
                "takedown.refunds.provider.api-key", key);
    }

    @Override
    public void stop() {
        stopCurrent();
    }

    /** Stops the running simulator and starts one with {@code behaviour} at the same address with the same key. */
    public static PaymentSimulatorProcess restart(UnaryOperator<PaymentSimulatorProcess.Builder> behaviour) {
        stopCurrent();
        PaymentSimulatorProcess.Builder builder = behaviour.apply(PaymentSimulatorProcess.builder()
                .port(Integer.parseInt(System.getProperty(PORT))).secretKey(System.getProperty(KEY)));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                PaymentSimulatorProcess started = builder.start();
                System.setProperty(PID, Long.toString(started.pid()));
                return started;
            } catch (IllegalStateException portNotFreeYet) {
                if (System.nanoTime() > deadline) {
                    throw portNotFreeYet;
                }
                sleep();
            }
        }
    }

    private static void stopCurrent() {
        Optional.ofNullable(System.getProperty(PID)).flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .ifPresent(process -> {
                    process.destroy();
                    try {
                        process.onExit().get(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        process.destroyForcibly();
                    }
                });
        System.clearProperty(PID);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
