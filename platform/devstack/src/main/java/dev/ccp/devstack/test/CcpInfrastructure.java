package dev.ccp.devstack.test;

import dev.ccp.devstack.jwt.LocalKeys;
import dev.ccp.devstack.kafka.KafkaBroker;
import dev.ccp.devstack.postgres.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Real infrastructure for a service's {@code @QuarkusTest}s: a fresh PostgreSQL database (dropped afterwards),
 * a real Kafka broker on a free port (or the one in {@code KAFKA_BOOTSTRAP_SERVERS}) and a local JWT key pair.
 * Use it as {@code @WithTestResource(value = CcpInfrastructure.class, initArgs = @ResourceArg(name = "service",
 * value = "seller"))}. Test helpers find the pieces through the {@code devstack.test.*} system properties.
 */
public class CcpInfrastructure implements QuarkusTestResourceLifecycleManager {
    public static final String KEYS_DIR = "devstack.test.keys-dir";
    public static final String KAFKA_DIR = "devstack.test.kafka-dir";
    public static final String BOOTSTRAP = "devstack.test.kafka-bootstrap";
    public static final String DATABASE = "devstack.test.database";

    private final Postgres postgres = Postgres.fromEnvironment();
    private String service = "service";
    private String database;
    private KafkaBroker broker;
    private Path workDir;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", service);
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
        return config;
    }

    @Override
    public void stop() {
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
