package dev.ccp.devstack.test;

import dev.ccp.devstack.jwt.LocalKeys;
import dev.ccp.devstack.kafka.KafkaBroker;
import dev.ccp.devstack.oauth.ServiceClients;
import dev.ccp.devstack.oauth.TokenServer;
import dev.ccp.devstack.postgres.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Real infrastructure for a service's {@code @QuarkusTest}s: a fresh PostgreSQL database (dropped afterwards),
 * a real Kafka broker on a free port (or the one in {@code KAFKA_BOOTSTRAP_SERVERS}) and a local JWT key pair.
 * Use it as {@code @WithTestResource(value = CcpInfrastructure.class, initArgs = @ResourceArg(name = "service",
 * value = "seller"))}. Test helpers find the pieces through the {@code devstack.test.*} system properties.
 * <p>A service that calls others with service tokens adds {@code @ResourceArg(name = "oauth-client", value =
 * "listing-service")} (and optionally {@code oauth-token-lifetime}, in seconds): then the local token endpoint runs
 * in this JVM on a free port and the service's {@code quarkus.oidc-client.*} settings point at it, with that
 * client's id and secret.
 * <p>{@code @ResourceArg(name = "random-key", value = "<property>")} sets that property to base64 of 32 random
 * bytes, for a key the service needs and no checkout may hold (e.g. one that encrypts secrets at rest).
 */
public class CcpInfrastructure implements QuarkusTestResourceLifecycleManager {
    public static final String KEYS_DIR = "devstack.test.keys-dir";
    public static final String KAFKA_DIR = "devstack.test.kafka-dir";
    public static final String BOOTSTRAP = "devstack.test.kafka-bootstrap";
    public static final String DATABASE = "devstack.test.database";
    public static final String TOKEN_SERVER = "devstack.test.token-server";

    private final Postgres postgres = Postgres.fromEnvironment();
    private String service = "service";
    private String database;
    private KafkaBroker broker;
    private Path workDir;
    private String oauthClient;
    private Duration tokenLifetime = TokenServer.DEFAULT_LIFETIME;
    private TokenServer tokenServer;
    private String randomKeyProperty;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
        oauthClient = initArgs.get("oauth-client");
        randomKeyProperty = initArgs.get("random-key");
        if (initArgs.containsKey("oauth-token-lifetime")) {
            tokenLifetime = Duration.ofSeconds(Long.parseLong(initArgs.get("oauth-token-lifetime")));
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("ccp-test-" + service + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = "ccp_test_" + service.replace('-', '_') + "_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss")) + "_"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        postgres.createIfMissing(database);
        LocalKeys keys = LocalKeys.in(workDir.resolve("keys"));

        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.isBlank()) {
            broker = KafkaBroker.in(workDir.resolve("kafka"), 0).start();
            bootstrap = broker.bootstrapServers();
            System.setProperty(KAFKA_DIR, broker.dir().toString());
        }
        System.setProperty(KEYS_DIR, keys.publicKey().getParent().toString());
        System.setProperty(BOOTSTRAP, bootstrap);
        System.setProperty(DATABASE, postgres.jdbcUrl(database));

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", bootstrap);
        config.put("mp.jwt.verify.publickey.location", keys.publicKey().toUri().toString());
        if (oauthClient != null) {
            config.putAll(startTokenServer(workDir.resolve("keys")));
        }
        if (randomKeyProperty != null) {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            config.put(randomKeyProperty, java.util.Base64.getEncoder().encodeToString(key));
        }
        return config;
    }

    /** The token endpoint with just this service's client, and the OIDC client settings that use it. */
    private Map<String, String> startTokenServer(Path keysDir) {
        Set<String> roles = ServiceClients.LOCAL.getOrDefault(oauthClient, Set.of("service"));
        tokenServer = TokenServer.start(0, keysDir, Map.of(oauthClient, roles), tokenLifetime);
        System.setProperty(TOKEN_SERVER, tokenServer.baseUrl());
        return Map.of("quarkus.oidc-client.auth-server-url", tokenServer.baseUrl(),
                "quarkus.oidc-client.client-id", oauthClient,
                "quarkus.oidc-client.credentials.secret", ServiceClients.secret(keysDir, oauthClient));
    }

    @Override
    public void stop() {
        if (tokenServer != null) {
            tokenServer.close();
        }
        if (broker != null) {
            broker.stop();
        }
        if (database != null) {
            postgres.drop(database);
        }
        deleteQuietly(workDir);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
