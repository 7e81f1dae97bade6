package dev.ccp.litigation.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import dev.ccp.devstack.jwt.LocalKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The platform's test infrastructure plus a fresh Ed25519 pair for signing tree heads (never a committed key), the
 * public half of another one as the key the service retired (its private half for tests, {@link #RETIRED_SIGNING_KEY}), and
 * a stand-in for listing-service's partner token key: the service verifies with its public half, {@link
 * BrandTokens} mints with the private half, as listing-service would.
 */
public class LitigationInfrastructure extends CcpInfrastructure {
    static final String PARTNER_KEYS_DIR = "devstack.test.litigation-partner-keys-dir";
    /** Base64 PKCS#8 of the key the service is told it retired, so tests can sign heads "from before a rotation". */
    public static final String RETIRED_SIGNING_KEY = "devstack.test.litigation-retired-signing-key";
    public static final String RETIRED_PUBLIC_KEY = "devstack.test.litigation-retired-public-key";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            config.put("litigation.evidence.signing-key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            config.put("litigation.evidence.public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            KeyPair retired = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            config.put("litigation.evidence.retired-public-keys",
                    Base64.getEncoder().encodeToString(retired.getPublic().getEncoded()));
            System.setProperty(RETIRED_SIGNING_KEY, Base64.getEncoder().encodeToString(retired.getPrivate().getEncoded()));
            System.setProperty(RETIRED_PUBLIC_KEY, Base64.getEncoder().encodeToString(retired.getPublic().getEncoded()));
            Path partnerKeys = Files.createTempDirectory("ccp-test-partner-keys");
            LocalKeys issuer = LocalKeys.in(partnerKeys);
            System.setProperty(PARTNER_KEYS_DIR, partnerKeys.toString());
            config.put("ccp.partner.token.public-key-location", issuer.publicKey().toString());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }
}
