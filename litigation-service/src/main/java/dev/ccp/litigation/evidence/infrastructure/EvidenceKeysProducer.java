package dev.ccp.litigation.evidence.infrastructure;

import dev.ccp.litigation.config.LitigationConfig;
import dev.ccp.litigation.evidence.domain.EvidenceKeys;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The tree-head signing key pair and the retired public keys, read once from configuration; a missing or
 * mismatched pair, or a retired key that is not an Ed25519 public key, stops start-up.
 */
public class EvidenceKeysProducer {

    @Produces
    @Singleton
    @Startup
    EvidenceKeys evidenceKeys(LitigationConfig config) {
        return EvidenceKeys.fromBase64(config.evidence().signingKey(), config.evidence().publicKey(),
                config.evidence().retiredPublicKeys().orElse(List.of()));
    }
}
