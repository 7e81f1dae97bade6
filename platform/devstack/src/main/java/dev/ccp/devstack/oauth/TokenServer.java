package dev.ccp.devstack.oauth;

import com.sun.net.httpserver.HttpServer;
import dev.ccp.devstack.jwt.DevTokens;
import dev.ccp.devstack.jwt.LocalKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local stack's OAuth 2.0 token endpoint on 127.0.0.1, where services get their service tokens by the client
 * credentials grant, as from the identity provider in production: {@code POST /oauth2/token}, with discovery at
 * {@code /.well-known/openid-configuration} and the signing key at {@code /oauth2/jwks}.
 */
public final class TokenServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 8091;
    /** Short, so a caller that does not renew its token in time shows at once. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(300);
    /** The line a parent process waits for; the port follows the colon. */
    public static final String LISTENING = "token endpoint listening on http://127.0.0.1:";

    private final HttpServer server;
    private final ExecutorService executor;

    private TokenServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Serves {@code clients} (id to roles) on {@code port} (0: a free one), signing with the key in {@code keysDir}. */
    public static TokenServer start(int port, Path keysDir, Map<String, Set<String>> clients, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token lifetime must be positive, not " + lifetime);
        }
        LocalKeys keys = LocalKeys.in(keysDir);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            server.createContext(TokenEndpoint.PATH,
                    new TokenEndpoint(ServiceClients.in(keysDir, clients), new DevTokens(keys), lifetime));
            server.createContext("/", new Discovery(keys.publicKey(), server.getAddress().getPort()));
            ExecutorService executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.start();
            return new TokenServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code --port N} (default 8091), {@code --keys-dir DIR} (default target/ccp/keys), {@code --token-lifetime
     * SECONDS} (default 300), for the local stack's clients; stops on SIGTERM.
     */
    public static TokenServer run(List<String> args) {
        int port = DEFAULT_PORT;
        Path keysDir = Path.of("target", "ccp", "keys");
        Duration lifetime = DEFAULT_LIFETIME;
        for (int i = 0; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(args.get(i) + " needs a value; " + USAGE);
            }
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--port" -> port = Integer.parseInt(value);
                case "--keys-dir" -> keysDir = Path.of(value);
                case "--token-lifetime" -> lifetime = Duration.ofSeconds(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i) + "; " + USAGE);
            }
        }
        TokenServer tokenServer = start(port, keysDir, ServiceClients.LOCAL, lifetime);
        Runtime.getRuntime().addShutdownHook(new Thread(tokenServer::close, "token-server-stop"));
        System.out.println(LISTENING + tokenServer.port() + " (clients " + String.join(", ",
                ServiceClients.LOCAL.keySet().stream().sorted().toList()) + "; secrets in "
                + ServiceClients.secretFile(keysDir, "CLIENT").getParent() + "; tokens live " + lifetime.toSeconds()
                + " s)");
        return tokenServer;
    }

    public static final String USAGE = "options: --port N (8091; 0 picks a free one) --keys-dir DIR (target/ccp/keys)"
            + " --token-lifetime SECONDS (300)";

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}: the OAuth authorization server's URL, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
