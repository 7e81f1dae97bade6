package dev.ccp.litigation.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The platform's test infrastructure plus a fresh Ed25519 pair for signing tree heads (never a committed key). */
public class LitigationInfrastructure extends CcpInfrastructure {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            config.put("litigation.evidence.signing-key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            config.put("litigation.evidence.public-key", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return config;
    }
}
