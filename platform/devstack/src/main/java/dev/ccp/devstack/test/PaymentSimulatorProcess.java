package dev.ccp.devstack.test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.devstack.payments.PaymentSimulator;
import dev.ccp.devstack.payments.SimulatorOptions;
import dev.ccp.devstack.payments.http.ProviderBehaviour;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The payment provider simulator as its own child process on a free port, as tests need it: a real HTTP peer
 * whose latency, failures and declines are chosen by the test. Defaults are a provider that answers at once and
 * never fails. {@code try (var psp = PaymentSimulatorProcess.builder().failureRate(1).start()) { ... }}
 */
public final class PaymentSimulatorProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final String secretKey;
    private final Thread killOnExit;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PaymentSimulatorProcess(Process process, int port, String secretKey) {
        this.process = process;
        this.port = port;
        this.secretKey = secretKey;
        // a test JVM that dies without closing us must not leave a simulator behind
        this.killOnExit = new Thread(process::destroyForcibly, "payment-simulator-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long latencyMs;
        private long jitterMs;
        private double failureRate;
        private double timeoutRate;
        private long timeoutDelayMs = 30_000;
        private double declineRate;
        private long seed = 42;
        private int port;
        private String secretKey;

        private Builder() {
        }

        /**
         * Listens on {@code port} instead of a free one: a test that restarts the simulator with other behaviour
         * keeps the address the service under test was configured with.
         */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Uses this secret key instead of a fresh random one, for the same reason as {@link #port(int)}. */
        public Builder secretKey(String value) {
            secretKey = value;
            return this;
        }

        public Builder latency(Duration fixed, Duration jitter) {
            latencyMs = fixed.toMillis();
            jitterMs = jitter.toMillis();
            return this;
        }

        /** Share of refund requests answered with a 5xx and not made. */
        public Builder failureRate(double rate) {
            failureRate = rate;
            return this;
        }

        /** Share of refunds made whose answer is held back {@code delay}: past the caller's timeout. */
        public Builder timeouts(double rate, Duration delay) {
            timeoutRate = rate;
            timeoutDelayMs = delay.toMillis();
            return this;
        }

        public Builder declineRate(double rate) {
            declineRate = rate;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public PaymentSimulatorProcess start() {
            SimulatorOptions options = new SimulatorOptions(port, secretKey != null ? secretKey : randomKey(), new ProviderBehaviour.Settings(latencyMs, jitterMs,
                    failureRate, timeoutRate, timeoutDelayMs, declineRate, seed));
            return PaymentSimulatorProcess.start(options);
        }
    }

    /** A fresh secret key in the simulator's format. */
    public static String randomKey() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return "sk_test_" + HexFormat.of().formatHex(bytes);
    }

    private static PaymentSimulatorProcess start(SimulatorOptions options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classPath(),
                PaymentSimulator.class.getName()));
        command.addAll(options.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // only what the test chose: a developer's PAYMENT_SIMULATOR_* variables must not change the tests
        builder.environment().keySet().removeIf(name -> name.startsWith(SimulatorOptions.ENV_PREFIX));
        builder.environment().put(SimulatorOptions.SECRET_KEY_ENV, options.secretKey());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Deque<String> output = new ArrayDeque<>();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(process, output, listening), "payment-simulator-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new PaymentSimulatorProcess(process, listening.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                    options.secretKey());
        } catch (Exception e) {
            process.destroyForcibly();
            synchronized (output) {
                throw new IllegalStateException("the payment simulator did not start: " + String.join("\n", output), e);
            }
        }
    }

    /** Reads the child's output so it never blocks on a full pipe; keeps the last lines for a failure message. */
    private static void drain(Process process, Deque<String> output, CompletableFuture<Integer> listening) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith(PaymentSimulator.LISTENING)) {
                    String rest = line.substring(PaymentSimulator.LISTENING.length());
                    listening.complete(Integer.parseInt(rest.split("\\D", 2)[0]));
                }
                synchronized (output) {
                    output.addLast(line);
                    if (output.size() > 50) {
                        output.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
        listening.completeExceptionally(new IllegalStateException("the process exited"));
    }

    /** The jars and directories the simulator needs: devstack and Jackson, wherever this JVM loaded them. */
    private static String classPath() {
        try {
            return Stream.of(PaymentSimulator.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class)
                    .map(type -> type.getProtectionDomain().getCodeSource().getLocation())
                    .map(location -> {
                        if (!"file".equals(location.getProtocol())) {
                            throw new IllegalStateException("not a file: " + location);
                        }
                        return new File(URI.create(location.toString())).getPath();
                    })
                    .distinct().collect(Collectors.joining(File.pathSeparator));
        } catch (RuntimeException unusualClassLoader) {
            return System.getProperty("java.class.path");
        }
    }

    public int port() {
        return port;
    }

    /** The child's process id, so a test resource in another class loader can stop it. */
    public long pid() {
        return process.pid();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The secret key callers must present as {@code Authorization: Bearer <key>}. */
    public String secretKey() {
        return secretKey;
    }

    /** Records a captured charge, as the marketplace charged it; {@code amount} is in minor units. */
    public JsonNode seedCharge(String id, long amount, String currency) {
        return call(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/charges"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(Map.of("id", id, "amount", amount, "currency", currency)))));
    }

    /** The charge with {@code amount_refunded} and its {@code refunds}. */
    public JsonNode charge(String id) {
        return call(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/charges/"
                + java.net.URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"))).GET());
    }

    /** The counters: {@code refunds_succeeded}, {@code replays}, {@code server_errors}, ... */
    public JsonNode stats() {
        return call(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/_stats")).GET());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + secretKey).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
