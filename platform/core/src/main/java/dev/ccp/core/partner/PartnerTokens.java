package dev.ccp.core.partner;

import dev.ccp.core.security.Roles;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Short-lived partner tokens: an RS256 JWT whose {@code brand} claim scopes every partner request to one brand and
 * whose {@code key_id} claim names the API key it was exchanged for, so revoking the key ends the token. Signed
 * with the service's own key (not the staff identity provider's), with its own issuer and audience, so a partner
 * token is never accepted on the staff API and a staff token never on the partner API. Created on first use only,
 * so a service without a partner API never makes or loads a key. A service that verifies another's tokens loads
 * only that service's public key ({@code ccp.partner.token.public-key-location}) and issues none.
 */
@ApplicationScoped
public class PartnerTokens {
    public static final String BRAND_CLAIM = "brand";
    public static final String KEY_CLAIM = "key_id";
    public static final String AUDIENCE = "ccp-partner-api";
    private static final Logger LOG = Logger.getLogger(PartnerTokens.class);

    public record Issued(String token, Duration lifetime, String brandId) {
    }

    private final PrivateKey privateKey;
    private final JWTAuthContextInfo verification;
    private final JWTParser parser;
    private final PartnerConfig.Token config;

    @Inject
    PartnerTokens(PartnerConfig config, JWTParser parser) {
        this(config.token(), parser);
    }

    PartnerTokens(PartnerConfig.Token config, JWTParser parser) {
        this.config = config;
        this.parser = parser;
        KeyPair keys = config.privateKeyLocation().map(PartnerTokens::load)
                .or(() -> config.publicKeyLocation().map(location -> new KeyPair(loadPublic(location), null)))
                .orElseGet(PartnerTokens::generate);
        this.privateKey = keys.getPrivate();
        this.verification = new JWTAuthContextInfo(keys.getPublic(), config.issuer());
        this.verification.setExpectedAudience(Set.of(AUDIENCE));
    }

    /** Issues a token; only in the service that holds the signing key (not in one that only verifies). */
    public Issued issue(PartnerKeys.PartnerKey key) {
        if (privateKey == null) {
            throw new IllegalStateException("this service only verifies partner tokens: it has no signing key");
        }
        String token = Jwt.issuer(config.issuer())
                .subject("brand:" + key.brandId())
                .audience(AUDIENCE)
                .groups(Set.of(Roles.PARTNER))
                .claim(BRAND_CLAIM, key.brandId())
                .claim(KEY_CLAIM, key.keyId())
                .expiresIn(config.lifetime())
                .sign(privateKey);
        return new Issued(token, config.lifetime(), key.brandId());
    }

    /** The token's claims if this service signed it and it has not expired; otherwise a ParseException. */
    public JsonWebToken verify(String token) throws ParseException {
        return parser.parse(token, verification);
    }

    private static KeyPair load(String location) {
        try {
            byte[] der = pemBytes(location);
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der));
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new KeyPair(publicKey, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the partner token key " + location, e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("the partner token key " + location + " is not a PKCS#8 RSA key", e);
        }
    }

    private static PublicKey loadPublic(String location) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBytes(location)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the partner token public key " + location, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the partner token key " + location + " is not an X.509 RSA public key", e);
        }
    }

    private static byte[] pemBytes(String location) throws IOException {
        String pem = Files.readString(Path.of(location.replaceFirst("^file:", "")));
        return Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static KeyPair generate() {
        LOG.warn("ccp.partner.token.private-key-location is not set: partner tokens are signed with a key made "
                + "for this process, so they stop working when it restarts and other replicas reject them");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
