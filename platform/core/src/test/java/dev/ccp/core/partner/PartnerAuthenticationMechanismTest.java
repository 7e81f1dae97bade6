package dev.ccp.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.core.security.Caller;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mechanism behind a real Vert.x router: what it makes of a request's path and bearer token, in a service
 * with a partner API and in one without (where it must stay out of the way).
 */
class PartnerAuthenticationMechanismTest {
    private final Set<String> revoked = new HashSet<>();
    private final PartnerKeys keys = new PartnerKeys() {
        @Override
        public Optional<PartnerKey> authenticate(String presented) {
            return Optional.empty();
        }

        @Override
        public Optional<String> claimedKeyId(String presented) {
            return Optional.empty();
        }

        @Override
        public boolean isActive(String keyId) {
            return !revoked.contains(keyId);
        }
    };
    private final PartnerTokens tokens = new PartnerTokens(ownKey(), new DefaultJWTParser());
    private final Vertx vertx = Vertx.vertx();
    private HttpServer server;

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPartnerTokenOnThePartnerApiIsThePartnerOfItsBrandHoweverThePathIsSpelt() throws Exception {
        start(Optional.of(keys));
        String token = tokens.issue(new PartnerKeys.PartnerKey("k1", "b1")).token();
        assertThat(get("/partner/v1/brands/b1", token)).isEqualTo("200 brand b1 key k1");
        assertThat(get("//partner/v1/brands/b1", token)).isEqualTo("200 brand b1 key k1");
        assertThat(get("/%70artner/./v1/brands/b1", token)).isEqualTo("200 brand b1 key k1");
        assertThat(get("/api/v1/brands/b1", token)).as("left to the staff mechanism").isEqualTo("200 nobody");
    }

    @Test
    void aRevokedKeysTokenAndAnyOtherBearerAreRefusedOnThePartnerApi() throws Exception {
        start(Optional.of(keys));
        String token = tokens.issue(new PartnerKeys.PartnerKey("k2", "b1")).token();
        revoked.add("k2");
        assertThat(get("/partner/v1/brands/b1", token)).startsWith("401");
        String otherSigner = new PartnerTokens(ownKey(), new DefaultJWTParser())
                .issue(new PartnerKeys.PartnerKey("k3", "b1")).token();
        assertThat(get("/partner/v1/brands/b1", otherSigner)).startsWith("401");
    }

    @Test
    void withoutAPartnerKeysPortTheMechanismTakesNoPart() throws Exception {
        start(Optional.empty());
        String token = tokens.issue(new PartnerKeys.PartnerKey("k1", "b1")).token();
        assertThat(get("/partner/v1/brands/b1", token)).isEqualTo("200 nobody");
        assertThat(get("/partner/v1/brands/b1", "not-even-a-jwt")).isEqualTo("200 nobody");
    }

    @Test
    void aServiceThatOnlyVerifiesAcceptsTheIssuersTokensAndNoOneElses() throws Exception {
        Path dir = Files.createTempDirectory("partner-keys");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privatePem = Files.writeString(dir.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicPem = Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        PartnerTokens issuer = new PartnerTokens(keyFiles(Optional.of(privatePem.toString()), Optional.empty()),
                new DefaultJWTParser());
        PartnerTokens verifier = new PartnerTokens(keyFiles(Optional.empty(), Optional.of("file:" + publicPem)),
                new DefaultJWTParser());
        startWith(verifier, new PartnerKeyStatus(Optional::empty, Duration.ZERO, true));

        String token = issuer.issue(new PartnerKeys.PartnerKey("k9", "b7")).token();
        assertThat(get("/partner/v1/cases", token)).isEqualTo("200 brand b7 key k9");
        assertThat(get("/partner/v1/cases", tokens.issue(new PartnerKeys.PartnerKey("k9", "b7")).token()))
                .as("signed by another key").startsWith("401");
        assertThat(get("/api/v1/cases", token)).as("left to the staff mechanism").isEqualTo("200 nobody");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifier.issue(new PartnerKeys.PartnerKey("k", "b")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** Token settings without a key file: each PartnerTokens signs with a key of its own. */
    private static PartnerConfig.Token ownKey() {
        return keyFiles(Optional.empty(), Optional.empty());
    }

    private static PartnerConfig.Token keyFiles(Optional<String> privateKey, Optional<String> publicKey) {
        return new PartnerConfig.Token() {
            @Override
            public Optional<String> privateKeyLocation() {
                return privateKey;
            }

            @Override
            public Optional<String> publicKeyLocation() {
                return publicKey;
            }

            @Override
            public String issuer() {
                return "https://ccp.local/partner";
            }

            @Override
            public Duration lifetime() {
                return Duration.ofMinutes(15);
            }
        };
    }

    private void start(Optional<PartnerKeys> port) throws Exception {
        startWith(tokens, new PartnerKeyStatus(() -> port, Duration.ZERO));
    }

    private void startWith(PartnerTokens verifying, PartnerKeyStatus status) throws Exception {
        PartnerAuthenticationMechanism mechanism = new PartnerAuthenticationMechanism(verifying, status);
        Router router = Router.router(vertx);
        router.route().handler(context -> mechanism.authenticate(context, null).subscribe().with(
                identity -> context.response().end(identity == null ? "nobody"
                        : "brand " + identity.getAttribute(Caller.BRAND_ATTRIBUTE) + " key "
                                + identity.getAttribute(Caller.KEY_ATTRIBUTE)),
                failure -> context.response().setStatusCode(401).end(failure.getMessage())));
        server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Status and body; the request line is sent as written. */
    private String get(String rawPath, String token) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.actualPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.split(" ")[1] + " " + response.substring(response.indexOf("\r\n\r\n") + 4);
        }
    }
}
