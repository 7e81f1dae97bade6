package dev.ccp.devstack.payments;

import com.sun.net.httpserver.HttpServer;
import dev.ccp.devstack.payments.http.Authentication;
import dev.ccp.devstack.payments.http.PaymentApi;
import dev.ccp.devstack.payments.http.ProviderBehaviour;
import dev.ccp.devstack.payments.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A payment provider's refund API on 127.0.0.1, for local runs and tests: charges, refunds with idempotency
 * keys, latency, transient failures, late answers and declines. State lives in memory: a restart forgets it.
 */
public final class PaymentSimulator implements AutoCloseable {
    /** The line a parent process waits for; the port follows the colon. */
    public static final String LISTENING = "payment simulator listening on http://127.0.0.1:";

    private final HttpServer server;
    private final ExecutorService executor;

    private PaymentSimulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static PaymentSimulator start(SimulatorOptions options) {
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 128);
            PaymentApi.mount(server, new Authentication(options.secretKey()), new Ledger(Clock.systemUTC()),
                    new ProviderBehaviour(options.behaviour()));
            // a thread per request in flight: a delayed answer holds its thread, never a pool slot others need
            ExecutorService executor = Executors.newCachedThreadPool();
            server.setExecutor(executor);
            server.start();
            return new PaymentSimulator(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port() + ": " + e.getMessage(), e);
        }
    }

    /** Starts from command-line options and the environment, and stops on SIGTERM; the JVM lives as long. */
    public static PaymentSimulator run(List<String> args) {
        SimulatorOptions options = SimulatorOptions.parse(args, System.getenv());
        PaymentSimulator simulator = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            System.out.println("payment simulator stopped; its charges and refunds are forgotten");
        }, "payment-simulator-stop"));
        ProviderBehaviour.Settings b = options.behaviour();
        System.out.println(LISTENING + simulator.port() + " (latency " + b.latencyMs() + " ms + up to " + b.jitterMs()
                + " ms, failure rate " + b.failureRate() + ", timeout rate " + b.timeoutRate() + " delaying "
                + b.timeoutDelayMs() + " ms, decline rate " + b.declineRate() + ", seed " + b.seed() + ")");
        return simulator;
    }

    public static void main(String[] args) {
        try {
            run(List.of(args));
        } catch (RuntimeException e) {
            System.err.println("payment simulator: " + e.getMessage());
            System.exit(2);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
