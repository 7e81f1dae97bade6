package dev.ccp.devstack.cli;

import dev.ccp.devstack.demo.Demo;
import dev.ccp.devstack.dlq.DeadLetterReport;
import dev.ccp.devstack.dlq.DeadLetters;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import dev.ccp.devstack.kafka.KafkaBroker;
import dev.ccp.devstack.oauth.ServiceClients;
import dev.ccp.devstack.oauth.TokenServer;
import dev.ccp.devstack.payments.PaymentSimulator;
import dev.ccp.devstack.postgres.Postgres;
import dev.ccp.devstack.signing.Ed25519Keys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The local infrastructure commands behind {@code bin/ccp}. Prints results on stdout, problems on stderr. */
public final class Devstack {
    private Devstack() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "kafka-start" -> {
                    requireArgs(rest, 2);
                    KafkaBroker broker = KafkaBroker.in(Path.of(rest.get(0)), Integer.parseInt(rest.get(1))).start();
                    System.out.println(broker.bootstrapServers());
                }
                case "kafka-stop" -> {
                    requireArgs(rest, 1);
                    KafkaBroker.attach(Path.of(rest.get(0))).ifPresent(KafkaBroker::stop);
                }
                case "kafka-running" -> {
                    requireArgs(rest, 1);
                    if (!KafkaBroker.attach(Path.of(rest.get(0))).map(KafkaBroker::isRunning).orElse(false)) {
                        System.exit(1);
                    }
                }
                // runs in the foreground until SIGTERM; bin/ccp up starts it in the background
                case "payment-simulator" -> PaymentSimulator.run(rest);
                case "token-server" -> TokenServer.run(rest);
                case "client-secret" -> {
                    // a local service's OAuth client secret, made once (bin/ccp hands it to the service)
                    requireArgs(rest, 2);
                    System.out.println(ServiceClients.secret(Path.of(rest.get(0)), rest.get(1)));
                }
                case "pg-ping" -> Postgres.fromEnvironment().ping();
                case "db-create" -> rest.forEach(db -> {
                    if (Postgres.fromEnvironment().createIfMissing(db)) {
                        System.out.println("created database " + db);
                    }
                });
                case "db-drop" -> rest.forEach(db -> Postgres.fromEnvironment().drop(db));
                case "keys" -> {
                    requireArgs(rest, 1);
                    System.out.println(LocalKeys.in(Path.of(rest.get(0))).publicKey());
                }
                case "ed25519-keys" -> {
                    // prints the private key file; the public one is next to it (.pub)
                    requireArgs(rest, 2);
                    System.out.println(Ed25519Keys.in(Path.of(rest.get(0)), rest.get(1)).privateKey());
                }
                case "token" -> {
                    requireArgs(rest, 2);
                    StaffTokenArgs token = StaffTokenArgs.parse(rest.subList(1, rest.size()));
                    System.out.println(new DevTokens(LocalKeys.in(Path.of(rest.get(0))))
                            .mint(token.subject(), Duration.ofHours(1), token.roles().toArray(String[]::new)));
                }
                case "demo" -> {
                    requireArgs(rest, 3);
                    Demo.run(Path.of(rest.get(0)), Path.of(rest.get(1)), rest.get(2));
                }
                case "dlq-list" -> {
                    requireArgs(rest, 1);
                    int latest = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 20;
                    System.out.print(DeadLetterReport.list(rest.get(0), new DeadLetters(rest.get(0)).list(latest)));
                }
                case "dlq-replay" -> {
                    requireArgs(rest, 2);
                    String topic = DeadLetters.original(rest.get(1));
                    System.out.print(DeadLetterReport.replayed(topic, new DeadLetters(rest.get(0)).replay(topic)));
                }
                default -> usage();
            }
        } catch (Exception e) {
            fail(e.getMessage());
        }
    }

    private static void requireArgs(List<String> args, int count) {
        if (args.size() < count) {
            usage();
        }
    }

    private static void usage() {
        fail("""
                usage: devstack kafka-start DIR PORT | kafka-stop DIR | kafka-running DIR | pg-ping | db-create DB... | db-drop DB...
                              | payment-simulator [OPTION...]   (devstack payment-simulator --help lists them)
                              | token-server [--port N] [--keys-dir DIR] [--token-lifetime SECONDS]
                              | keys DIR | ed25519-keys DIR NAME | token KEYS_DIR [--as NAME] ROLE... | demo KEYS_DIR DATA_DIR BOOTSTRAP
                              | client-secret KEYS_DIR CLIENT_ID | dlq-list BOOTSTRAP [LATEST] | dlq-replay BOOTSTRAP TOPIC""");
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
