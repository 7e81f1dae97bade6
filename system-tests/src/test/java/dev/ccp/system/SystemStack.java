package dev.ccp.system;

import dev.ccp.devstack.demo.ServiceAddresses;
import dev.ccp.devstack.jwt.LocalKeys;
import dev.ccp.devstack.kafka.KafkaBroker;
import dev.ccp.devstack.oauth.ServiceClients;
import dev.ccp.devstack.oauth.TokenServer;
import dev.ccp.devstack.postgres.Postgres;
import dev.ccp.devstack.signing.Ed25519Keys;
import dev.ccp.devstack.test.PaymentSimulatorProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system as {@code bin/ccp up} runs it, beside anything already running: the four packaged services
 * (each {@code target/quarkus-app}, prod profile) on free ports with fresh databases, a Kafka broker of its own, the
 * token endpoint and the payment provider simulator. Each service gets the settings {@code bin/ccp up} gives it; a
 * difference between the two is a bug in one of them. Logs go to {@code system-tests/target/system-stack/logs}; the
 * databases are dropped afterwards unless {@code -Dccp.system.keep-databases=true} asks to keep them for a look.
 */
final class SystemStack implements AutoCloseable {
    private static final Duration START = Duration.ofSeconds(240);
    private static final String[] SERVICES = {"seller-service", "listing-service", "takedown-service",
        "litigation-service"};

    private final Path root = Path.of(System.getProperty("ccp.root", ".."));
    private final Path work = root.resolve("system-tests/target/system-stack");
    private final Path keys = work.resolve("keys");
    private final Postgres postgres = Postgres.fromEnvironment();
    private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    private final List<String> databases = new ArrayList<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private KafkaBroker broker;
    private TokenServer tokens;
    private PaymentSimulatorProcess provider;

    static SystemStack start() throws Exception {
        SystemStack stack = new SystemStack();
        try {
            stack.launch();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    ServiceAddresses addresses() {
        return new ServiceAddresses(url("seller-service"), url("listing-service"), url("takedown-service"),
                url("litigation-service"), provider.baseUrl());
    }

    /** The staff token key pair the services trust, and the provider's key: what the demo reads. */
    Path keysDir() {
        return keys;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    Path dataDir() {
        return root.resolve("data");
    }

    private void launch() throws Exception {
        deleteQuietly(work);
        Files.createDirectories(work.resolve("logs"));
        LocalKeys staff = LocalKeys.in(keys);
        LocalKeys partner = LocalKeys.in(keys.resolve("partner"));
        Ed25519Keys evidence = Ed25519Keys.in(keys, "evidence-ed25519");
        broker = KafkaBroker.in(work.resolve("kafka"), 0).start();
        tokens = TokenServer.start(0, keys, ServiceClients.LOCAL, TokenServer.DEFAULT_LIFETIME);
        provider = PaymentSimulatorProcess.builder().latency(Duration.ofMillis(20), Duration.ofMillis(20)).start();
        Files.writeString(keys.resolve("payment-simulator.key"), provider.secretKey() + "\n");

        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("CCP_JWT_PUBLIC_KEY", "file:" + staff.publicKey().toAbsolutePath());
        shared.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        shared.put("CCP_OIDC_AUTH_SERVER_URL", tokens.baseUrl());
        shared.put("QUARKUS_OIDC_CLIENT_CONNECTION_TIMEOUT", "20S");
        shared.put("SELLER_IDENTITY_HMAC_KEY", HexFormat.of().formatHex(random(32)));
        shared.put("LISTING_PARTNER_TOKEN_KEY", keys.resolve("partner").resolve(LocalKeys.PRIVATE_KEY).toString());
        shared.put("LISTING_WEBHOOKS_SECRET_KEY", Base64.getEncoder().encodeToString(random(32)));
        shared.put("LISTING_WEBHOOKS_ALLOW_LOCAL_RECEIVERS", "true");
        shared.put("LITIGATION_PARTNER_TOKEN_PUBLIC_KEY", partner.publicKey().toAbsolutePath().toString());
        shared.put("LITIGATION_EVIDENCE_SIGNING_KEY", Files.readString(evidence.privateKey()).trim());
        shared.put("LITIGATION_EVIDENCE_PUBLIC_KEY", Files.readString(evidence.publicKey()).trim());
        shared.put("TAKEDOWN_REFUNDS_PROVIDER_URL", provider.baseUrl());
        shared.put("TAKEDOWN_REFUNDS_PROVIDER_API_KEY", provider.secretKey());
        for (String client : ServiceClients.LOCAL.keySet()) {
            String prefix = client.substring(0, client.indexOf('-')).toUpperCase();
            shared.put(prefix + "_OIDC_CLIENT_SECRET", ServiceClients.secret(keys, client));
        }
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        shared.put("SELLER_SERVICE_URL", url("seller-service"));
        shared.put("TAKEDOWN_SELLER_SERVICE_URL", url("seller-service"));
        shared.put("LITIGATION_SELLER_SERVICE_URL", url("seller-service"));
        shared.put("TAKEDOWN_LISTING_SERVICE_URL", url("listing-service"));
        shared.put("LITIGATION_LISTING_SERVICE_URL", url("listing-service"));

        for (String service : SERVICES) {
            String database = "ccp_system_" + service.replace("-service", "") + "_" + stamp;
            postgres.createIfMissing(database);
            databases.add(database);
            Path app = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(app)) {
                throw new IllegalStateException(app + " is missing: the reactor builds the services before this module");
            }
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx384m", "-jar", app.toString())
                    .directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("logs").resolve(service + ".log").toFile());
            builder.environment().putAll(shared);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)));
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", postgres.user());
            builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
            processes.put(service, builder.start());
        }
        for (String service : SERVICES) {
            awaitReady(service);
        }
    }

    private void awaitReady(String service) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited during start-up (" + process.exitValue() + "): "
                        + tail(service));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service + " was not ready within " + START.toSeconds() + " s: " + tail(service));
    }

    /** The last lines of the service's log, for a failure message. */
    String tail(String service) {
        try {
            List<String> lines = Files.readAllLines(work.resolve("logs").resolve(service + ".log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    @Override
    public void close() {
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        if (provider != null) {
            provider.close();
        }
        if (tokens != null) {
            tokens.close();
        }
        if (broker != null) {
            broker.stop();
        }
        if (!Boolean.getBoolean("ccp.system.keep-databases")) {
            databases.forEach(postgres::drop);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static byte[] random(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
