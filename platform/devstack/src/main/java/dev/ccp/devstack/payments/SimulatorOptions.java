package dev.ccp.devstack.payments;

import dev.ccp.devstack.payments.http.ProviderBehaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The simulator's start-up options: {@code --name value} (or {@code --name=value}) on the command line, else
 * {@code PAYMENT_SIMULATOR_NAME} in the environment, else the default. The secret key comes from
 * {@code --secret-key-file} or {@code PAYMENT_SIMULATOR_SECRET_KEY}, never from the command line, which other
 * users of the machine can read.
 */
public record SimulatorOptions(int port, String secretKey, ProviderBehaviour.Settings behaviour) {
    public static final int DEFAULT_PORT = 8090;
    public static final String ENV_PREFIX = "PAYMENT_SIMULATOR_";
    public static final String SECRET_KEY_ENV = ENV_PREFIX + "SECRET_KEY";
    private static final int MIN_KEY_LENGTH = 16;

    /** Option names and defaults; a realistic provider answers in tens of milliseconds and never fails here. */
    private static final Map<String, String> DEFAULTS = defaults();

    public SimulatorOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) to 65535, not " + port);
        }
        if (secretKey == null || secretKey.isBlank() || secretKey.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("a secret key of at least " + MIN_KEY_LENGTH + " characters is needed: "
                    + "--secret-key-file FILE or " + SECRET_KEY_ENV);
        }
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("port", Integer.toString(DEFAULT_PORT));
        defaults.put("secret-key-file", "");
        defaults.put("latency-ms", "50");
        defaults.put("jitter-ms", "30");
        defaults.put("failure-rate", "0");
        defaults.put("timeout-rate", "0");
        defaults.put("timeout-delay-ms", "30000");
        defaults.put("decline-rate", "0");
        defaults.put("seed", "");
        return defaults;
    }

    public static SimulatorOptions parse(List<String> args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        DEFAULTS.keySet().forEach(name -> {
            String fromEnv = env.get(ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_'));
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(name, fromEnv.trim());
            }
        });
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; " + usage());
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            if (name.equals("help")) {
                throw new IllegalArgumentException(usage());
            }
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; " + usage());
            }
            if (eq < 0 && i + 1 >= args.size()) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            values.put(name, eq < 0 ? args.get(++i) : arg.substring(eq + 1));
        }
        String seed = values.get("seed");
        return new SimulatorOptions(integer(values, "port"), secretKey(values.get("secret-key-file"), env),
                new ProviderBehaviour.Settings(number(values, "latency-ms"), number(values, "jitter-ms"),
                        rate(values, "failure-rate"), rate(values, "timeout-rate"),
                        number(values, "timeout-delay-ms"), rate(values, "decline-rate"),
                        seed.isEmpty() ? ThreadLocalRandom.current().nextLong() : Long.parseLong(seed)));
    }

    /** The command-line form of these options, without the secret key (which a child gets in its environment). */
    public List<String> arguments() {
        return List.of("--port", Integer.toString(port),
                "--latency-ms", Long.toString(behaviour.latencyMs()), "--jitter-ms", Long.toString(behaviour.jitterMs()),
                "--failure-rate", Double.toString(behaviour.failureRate()),
                "--timeout-rate", Double.toString(behaviour.timeoutRate()),
                "--timeout-delay-ms", Long.toString(behaviour.timeoutDelayMs()),
                "--decline-rate", Double.toString(behaviour.declineRate()), "--seed", Long.toString(behaviour.seed()));
    }

    public static String usage() {
        return "options: --port N (default 8090; 0 picks a free one) --secret-key-file FILE (or env " + SECRET_KEY_ENV
                + ") --latency-ms N (50) --jitter-ms N (30) --failure-rate R (0) --timeout-rate R (0)"
                + " --timeout-delay-ms N (30000) --decline-rate R (0) --seed N (random);"
                + " each also as env " + ENV_PREFIX + "<NAME>, e.g. " + ENV_PREFIX + "FAILURE_RATE=0.1";
    }

    private static String secretKey(String file, Map<String, String> env) {
        if (!file.isEmpty()) {
            try {
                return Files.readString(Path.of(file)).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the secret key file " + file, e);
            }
        }
        return env.getOrDefault(SECRET_KEY_ENV, "").trim();
    }

    private static int integer(Map<String, String> values, String name) {
        return (int) number(values, name);
    }

    private static long number(Map<String, String> values, String name) {
        try {
            return Long.parseLong(values.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + values.get(name) + "'");
        }
    }

    private static double rate(Map<String, String> values, String name) {
        try {
            return Double.parseDouble(values.get(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number from 0 to 1, not '" + values.get(name) + "'");
        }
    }
}
