package dev.ccp.devstack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft, one combined broker+controller node) in its own JVM, so its Scala and
 * server jars never mix with a service's class path. Everything it needs lives in one directory: the
 * configuration, the data, the log and the pid file, so a second process can stop or restart it.
 */
public final class KafkaBroker {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dir;
    private final int port;
    private final int controllerPort;

    private KafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker in {@code dir} on {@code port}; 0 picks a free port. Reuses the directory's data if any. */
    public static KafkaBroker in(Path dir, int port) {
        Optional<KafkaBroker> existing = attach(dir);
        if (existing.isPresent() && (port == 0 || existing.get().port == port)) {
            return existing.get();
        }
        int brokerPort = port == 0 ? freePort() : port;
        return new KafkaBroker(dir, brokerPort, freePort());
    }

    /** The broker configured in {@code dir} by an earlier {@link #start()}, running or not. */
    public static Optional<KafkaBroker> attach(Path dir) {
        Path config = dir.resolve("server.properties");
        if (!Files.exists(config)) {
            return Optional.empty();
        }
        Properties p = load(config);
        return Optional.of(new KafkaBroker(dir, Integer.parseInt(p.getProperty("ccp.port")),
                Integer.parseInt(p.getProperty("ccp.controller.port"))));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dir() {
        return dir;
    }

    public Path logFile() {
        return dir.resolve("broker.log");
    }

    /** Starts the broker unless it already runs, and returns once it answers a metadata request. */
    public KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        if (portTaken(port)) {
            throw new IllegalStateException("port " + port + " is taken by another program; stop it or set "
                    + "KAFKA_BOOTSTRAP_SERVERS to use that broker");
        }
        try {
            Files.createDirectories(dir);
            Path config = writeConfig();
            if (!Files.exists(dir.resolve("data/meta.properties"))) {
                format(config);
            }
            Process process = java("kafka.Kafka", config.toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
            Files.writeString(dir.resolve("broker.pid"), Long.toString(process.pid()));
            awaitReady(process);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the broker gracefully (it flushes its log), then forcibly if it does not exit in time. */
    public void stop() {
        pid().flatMap(ProcessHandle::of).ifPresent(handle -> {
            handle.destroy();
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(dir.resolve("broker.pid"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRunning() {
        return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    private Optional<Long> pid() {
        try {
            Path pidFile = dir.resolve("broker.pid");
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Path writeConfig() throws IOException {
        Path config = dir.resolve("server.properties");
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dir.resolve("data").toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("ccp.port", Integer.toString(port));
        p.setProperty("ccp.controller.port", Integer.toString(controllerPort));
        try (OutputStream out = Files.newOutputStream(config)) {
            p.store(out, "written by devstack; ccp.* keys are devstack's own");
        }
        Files.writeString(dir.resolve("log4j2.properties"), """
                rootLogger.level = INFO
                rootLogger.appenderRef.out.ref = out
                appender.out.type = Console
                appender.out.name = out
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = [%d] %p %m (%c)%n
                logger.kafka.name = kafka
                logger.kafka.level = WARN
                logger.apache.name = org.apache.kafka
                logger.apache.level = WARN
                """);
        return config;
    }

    private void format(Path config) throws IOException {
        Process format = java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", config.toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the broker's storage failed; see " + logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder java(String mainClass, String... args) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new java.util.ArrayList<String>(java.util.List.of(javaBin, "-Xms128m", "-Xmx512m",
                "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp", brokerLibs() + "/*", mainClass));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Where the kafka-broker module copied the broker's class path. */
    static Path brokerLibs() {
        String configured = Optional.ofNullable(System.getProperty("devstack.kafka.libs"))
                .orElse(System.getenv("CCP_KAFKA_LIBS"));
        if (configured == null) {
            throw new IllegalStateException("set -Ddevstack.kafka.libs or CCP_KAFKA_LIBS to platform/kafka-broker/target/lib");
        }
        Path libs = Path.of(configured);
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException(libs + " does not exist: build platform/kafka-broker first");
        }
        return libs.toAbsolutePath();
    }

    private void awaitReady(Process process) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited during start-up; see " + logFile());
            }
            if (portTaken(port)) {
                try (Admin admin = Admin.create(config)) {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // keep waiting until the deadline
                }
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the broker did not answer within " + START_TIMEOUT + "; see " + logFile());
    }

    static boolean portTaken(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
